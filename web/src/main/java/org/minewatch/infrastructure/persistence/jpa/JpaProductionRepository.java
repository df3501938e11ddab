package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ProductionRepository;

@ApplicationScoped
public class JpaProductionRepository implements ProductionRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaProductionRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaProductionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ProductionReport> find(Mine mine, ReportingPeriod period) {
        return entityManager.createQuery("select r from ProductionReport r where r.mine = :mine and r.period = :period", ProductionReport.class)
                .setParameter("mine", mine).setParameter("period", period).getResultStream().findFirst();
    }

    @Override
    public List<ProductionReport> findReports(Collection<Mine> mines, ReportingPeriod period) {
        if (mines.isEmpty()) {
            return List.of();
        }
        TypedQuery<ProductionReport> query = entityManager.createQuery(
                "select r from ProductionReport r where r.mine in :mines" + (period == null ? "" : " and r.period = :period"),
                ProductionReport.class).setParameter("mines", mines)
                // the metal lines of every report in one more query, not one query per report
                .setHint("eclipselink.batch", "r.metals").setHint("eclipselink.batch.type", "IN");
        if (period != null) {
            query.setParameter("period", period);
        }
        return query.getResultList().stream()
                .sorted(ProductionReport.BY_MINE_AND_PERIOD).toList();
    }

    @Override
    public List<ProductionReport> findReportsOfCompany(Company company, Collection<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from ProductionReport r where r.mine.company = :company and r.period.year in :years",
                        ProductionReport.class)
                .setParameter("company", company).setParameter("years", years)
                .setHint("eclipselink.batch", "r.metals").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream().sorted(ProductionReport.BY_MINE_AND_PERIOD).toList();
    }

    @Override
    public List<ReportingPeriod> periodsReported(Company company) {
        // the three columns, not the embedded period: EclipseLink's "distinct r.period" gave one period of many
        return entityManager.createQuery("select distinct r.period.kind, r.period.year, r.period.number from ProductionReport r"
                        + " where r.mine.company = :company", Object[].class)
                .setParameter("company", company).getResultList().stream()
                .map(row -> ReportingPeriod.of((PeriodKind) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).intValue())).toList();
    }

    @Override
    public List<ProductionReport> findReportsOfYear(int year) {
        return entityManager.createQuery("select r from ProductionReport r where r.period.year = :year", ProductionReport.class)
                .setParameter("year", year)
                .setHint("eclipselink.batch", "r.metals").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream()
                .sorted(ProductionReport.BY_MINE_AND_PERIOD).toList();
    }

    @Override
    public List<ConsolidatedProduction> findConsolidated(Company company, ReportingPeriod period) {
        TypedQuery<ConsolidatedProduction> query = entityManager.createQuery(
                "select c from ConsolidatedProduction c where c.company = :company" + (period == null ? "" : " and c.period = :period"),
                ConsolidatedProduction.class).setParameter("company", company);
        if (period != null) {
            query.setParameter("period", period);
        }
        return query.getResultList().stream()
                .sorted(Comparator.comparing(ConsolidatedProduction::period).thenComparing(ConsolidatedProduction::metal))
                .toList();
    }

    @Override
    public void store(ProductionReport report) {
        entityManager.persist(report);
    }

    @Override
    public void store(ConsolidatedProduction consolidated) {
        entityManager.persist(consolidated);
    }
}
