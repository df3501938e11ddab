package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertOrder;
import org.minewatch.domain.model.alert.AlertQuery;
import org.minewatch.domain.model.alert.AlertRepository;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.mine.Mine;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaAlertRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaAlertRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Alert> find(long id) {
        return Optional.ofNullable(entityManager.find(Alert.class, id));
    }

    @Override
    public List<Alert> findAll() {
        return withHistory(entityManager.createQuery("select a from Alert a order by a.raisedAt, a.id", Alert.class)).getResultList();
    }

    @Override
    public List<Alert> findOf(Collection<Mine> mines, Collection<Company> companies, Collection<String> companyWideRules) {
        List<String> where = new ArrayList<>();
        if (!mines.isEmpty()) {
            where.add("a.mine in :mines");
        }
        if (!companies.isEmpty()) {
            where.add(companyWideRules.isEmpty() ? "a.company in :companies and a.mine is null"
                    : "a.company in :companies and (a.mine is null or a.rule in :rules)");
        }
        if (where.isEmpty()) {
            return List.of();
        }
        TypedQuery<Alert> query = entityManager.createQuery("select a from Alert a where " + String.join(" or ", where.stream().map(w -> "(" + w + ")").toList())
                + " order by a.raisedAt, a.id", Alert.class);
        if (!mines.isEmpty()) {
            query.setParameter("mines", mines);
        }
        if (!companies.isEmpty()) {
            query.setParameter("companies", companies);
            if (!companyWideRules.isEmpty()) {
                query.setParameter("rules", companyWideRules);
            }
        }
        return withHistory(query).getResultList();
    }

    @Override
    public List<Alert> find(AlertQuery query, List<AlertOrder> order) {
        return find(query, order, 0, -1);
    }

    @Override
    public List<Alert> find(AlertQuery query, List<AlertOrder> order, int first, int max) {
        if (query.selectsNothing() || max == 0) {
            return List.of();
        }
        Where where = Where.of(query, order.stream().anyMatch(o -> o.key() == AlertOrder.Key.SUBJECT));
        TypedQuery<Alert> select = where.bind(entityManager.createQuery("select a from Alert a" + where.jpql() + orderBy(query, order), Alert.class));
        select.setFirstResult(first);
        if (max > 0) {
            select.setMaxResults(max);
        }
        // a page's mines and companies, and their histories, in one query each rather than one per alert
        return withHistory(select).setHint("eclipselink.batch", "a.mine").setHint("eclipselink.batch", "a.company").getResultList();
    }

    @Override
    public long count(AlertQuery query) {
        if (query.selectsNothing()) {
            return 0;
        }
        Where where = Where.of(query, false);
        return where.bind(entityManager.createQuery("select count(a) from Alert a" + where.jpql(), Long.class)).getSingleResult();
    }

    @Override
    public List<String> rules(AlertQuery query) {
        return distinct("a.rule", query);
    }

    @Override
    public List<String> periods(AlertQuery query) {
        return distinct("a.period", query);
    }

    private List<String> distinct(String field, AlertQuery query) {
        if (query.selectsNothing()) {
            return List.of();
        }
        Where where = Where.of(query, false);
        return where.bind(entityManager.createQuery("select distinct " + field + " from Alert a" + where.jpql(), String.class)).getResultList();
    }

    /**
     * The order's keys, then newest first: the last change first and, of alerts changed at the same moment (an
     * evaluation changes many at once), the first raised first, so that every page of a list is in one total order.
     * Without keys, a list of one status is ordered by its status first (all alike): the order of the index that leads
     * with it (V8), from which the database reads a page without sorting every alert of that status.
     */
    private static String orderBy(AlertQuery query, List<AlertOrder> order) {
        StringBuilder jpql = new StringBuilder(" order by ");
        if (order.isEmpty() && query.status() != null) {
            jpql.append("a.status, ");
        }
        for (AlertOrder key : order) {
            jpql.append(switch (key.key()) {
                case SEVERITY -> "a.severity";
                case SUBJECT -> "lower(coalesce(m.name, c.name))";
                case PERIOD -> "a.period";
                // no metal before any, as the page's sorting did: PostgreSQL would put nulls last and H2 first
                case METAL -> "coalesce(a.metal, '')";
                case STATUS -> "a.status";
            }).append(key.ascending() ? " asc, " : " desc, ");
        }
        return jpql.append("a.updatedAt desc, a.raisedAt, a.id").toString();
    }

    /** The joins and conditions of a query, with the values of its parameters. */
    /** A query's joins and conditions, and their values (package-private: a test asks the database how it reads them). */
    record Where(String jpql, Map<String, Object> parameters) {

        /** @param bySubject whether the query sorts by the mine's or company's name, which needs both joined */
        static Where of(AlertQuery query, boolean bySubject) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            condition(conditions, parameters, "a.status = :status", "status", query.status());
            // the alert's own column of its mine (a.mine.id), which its index (V2) answers: a condition on a left-joined mine
            // ("m.id = :mine") had H2 read every alert and join its mine before filtering (a dashboard of the generated portfolio
            // read its 12,000 alerts per page)
            condition(conditions, parameters, "a.mine.id = :mine", "mine", query.mine() == null ? null : query.mine().id());
            condition(conditions, parameters, "a.period = :period", "period", query.period());
            condition(conditions, parameters, "a.rule = :rule", "rule", query.rule());
            condition(conditions, parameters, "a.severity = :severity", "severity", query.severity());
            condition(conditions, parameters, "a.mine.id in :onlyMines", "onlyMines",
                    query.onlyMines() == null ? null : query.onlyMines().stream().map(Mine::id).toList());
            condition(conditions, parameters, "a.id in :ids", "ids", query.ids() == null ? null : List.copyOf(query.ids()));
            // joined only when ordered by: most lists (every count, the inbox's first page) need neither, and a join
            // of every alert costs; the mine left joined, company alerts having none
            String joins = bySubject ? " join a.company c left join a.mine m" : "";
            return new Where(joins + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)), parameters);
        }

        private static void condition(List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(name, value);
            }
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** The histories of all the alerts read in one more query, not one query per alert. */
    private static TypedQuery<Alert> withHistory(TypedQuery<Alert> query) {
        return query.setHint("eclipselink.batch", "a.history").setHint("eclipselink.batch.type", "IN");
    }

    @Override
    public Map<Long, Map<String, Long>> countUnresolvedByMine(Collection<Mine> mines) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        if (mines.isEmpty()) {
            return counts;
        }
        // by the index of the alert's mine (V2): the alerts of the mines asked about, not every open alert
        entityManager.createQuery("select a.mine.id, a.severity, count(a) from Alert a where a.mine.id in :mines and a.status <> :resolved"
                        + " group by a.mine.id, a.severity", Object[].class)
                .setParameter("mines", mines.stream().map(Mine::id).distinct().toList())
                .setParameter("resolved", AlertStatus.RESOLVED).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Long) row[2]));
        return counts;
    }

    @Override
    public Map<String, Long> countBySeverity(AlertStatus status) {
        Map<String, Long> counts = new HashMap<>();
        entityManager.createQuery("select a.severity, count(a) from Alert a where a.status = :status group by a.severity", Object[].class)
                .setParameter("status", status).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void store(Alert alert) {
        entityManager.persist(alert);
    }
}
