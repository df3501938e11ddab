package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.minewatch.application.AdministrationService;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceHistory;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/**
 * Guidance versions of a company (administrators), by year: company level and per mine, per metal, each
 * version with its amount (a point, a range or a withdrawal), the date it was announced and its source,
 * the one in force today marked; a form adds a new version.
 */
@Named
@ViewScoped
public class GuidanceVersionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationService administration;

    private String company;
    private Integer year;
    // read from the database, so not carried in the session when it moves to another node: read again there
    private transient List<Company> companies;
    private transient List<Mine> allMines;
    private transient List<Guidance> all;
    private transient Set<Guidance> inForce;

    private String scope = "";
    private String metal = Metal.AG.name();
    private Integer newYear;
    private BigDecimal low;
    private BigDecimal high;
    private boolean withdrawn;
    private LocalDate announcedOn;
    private String source;
    private LocalDate publishedOn;

    @PostConstruct
    void load() {
        if (!getCompanies().isEmpty()) {
            company = companies.get(0).name();
        }
        reload();
        List<Integer> years = getYears();
        year = years.isEmpty() ? LocalDate.now().getYear() : years.get(years.size() - 1);
        newYear = year;
    }

    /** The versions of the chosen company; the year shown stays unless the company has no guidance for it. */
    public void reload() {
        all = company == null ? List.of() : administration.guidanceVersions(company);
        inForce = new HashSet<>();
        all.stream().collect(Collectors.groupingBy(g -> (g.mine().map(Mine::name).orElse("")) + "|" + g.year() + "|" + g.metal()))
                .values().forEach(versions -> GuidanceHistory.inForce(versions, LocalDate.now()).ifPresent(inForce::add));
    }

    public void add() {
        try {
            Guidance added = administration.addGuidanceVersion(company, scope == null || scope.isBlank() ? null : Long.valueOf(scope),
                    newYear == null ? 0 : newYear, metal == null || metal.isBlank() ? null : Metal.valueOf(metal), low, high, withdrawn,
                    announcedOn, source, publishedOn);
            Messages.info("guidanceAdmin.added", added.mine().map(Mine::name).orElse(added.company().name()), String.valueOf(added.year()),
                    added.metal().symbol());
            year = added.year();
            low = null;
            high = null;
            withdrawn = false;
            announcedOn = null;
            source = null;
            publishedOn = null;
            reload();
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        }
    }

    public boolean isInForce(Guidance version) {
        all();
        return inForce.contains(version);
    }

    /** The versions of the year shown: company level first, then by mine, metal and announcement. */
    public List<Guidance> getVersions() {
        return all().stream().filter(g -> year != null && g.year() == year)
                .sorted(Comparator.comparing((Guidance g) -> g.mine().isPresent()).thenComparing(g -> g.mine().map(Mine::name).orElse(""))
                        .thenComparing(Guidance::metal).thenComparing(Guidance::announcedOn))
                .toList();
    }

    /** Years with guidance, and the year shown. */
    public List<Integer> getYears() {
        Set<Integer> years = all().stream().map(Guidance::year).collect(Collectors.toCollection(java.util.TreeSet::new));
        if (year != null) {
            years.add(year);
        }
        return List.copyOf(years);
    }

    /** The chosen company's mines, for mine-level guidance. */
    public List<Mine> getMines() {
        if (allMines == null) {
            allMines = administration.mines();
        }
        return allMines.stream().filter(m -> Objects.equals(m.company().name(), company)).toList();
    }

    public List<String> getMetals() {
        return Arrays.stream(Metal.values()).map(Metal::name).toList();
    }

    private List<Guidance> all() {
        if (all == null) {
            reload();
        }
        return all;
    }

    public List<Company> getCompanies() {
        if (companies == null) {
            companies = administration.companies();
        }
        return companies;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getMetal() {
        return metal;
    }

    public void setMetal(String metal) {
        this.metal = metal;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public BigDecimal getLow() {
        return low;
    }

    public void setLow(BigDecimal low) {
        this.low = low;
    }

    public BigDecimal getHigh() {
        return high;
    }

    public void setHigh(BigDecimal high) {
        this.high = high;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(boolean withdrawn) {
        this.withdrawn = withdrawn;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public void setAnnouncedOn(LocalDate announcedOn) {
        this.announcedOn = announcedOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
