package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.minewatch.application.GuidanceService;
import org.minewatch.application.GuidanceService.Compliance;
import org.minewatch.application.GuidanceService.MineContribution;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.application.MineRanking;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * Guidance compliance, the executive's landing page: for a year and an "as of" quarter, each guidance with
 * its actual to date, share of the pro-rata target, projection, required rate and status, as a chart and a
 * table; the companies' quarterly production; and the mines ranked by contribution and by open critical
 * alerts, each leading to its dashboard.
 */
@Named
@ViewScoped
public class GuidanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GuidanceService guidanceService;

    @Inject
    private ProductionService productionService;

    @Inject
    private LanguageBean language;

    private List<Integer> years;
    private int year;
    private String asOf = "";
    private Metal trendMetal;
    // read from the database, so not carried in the session when it moves to another node: read again there
    private transient List<Compliance> rows;
    private transient RankingPages ranking;
    private transient List<ConsolidatedProduction> consolidated;

    @PostConstruct
    void load() {
        years = guidanceService.years();
        year = years.isEmpty() ? ReportingPeriod.quarterOf(LocalDate.now()).year() : years.get(0);
        trendMetal = getTrendMetals().stream().findFirst().orElse(null);
        // the rows are read by the page's view action, once the address's year and as-of are applied
    }

    public void reload() {
        ReportingPeriod quarter = null;
        try {
            quarter = asOf == null || asOf.isBlank() ? null : ReportingPeriod.parse(asOf);
        } catch (IllegalArgumentException e) {
            // an address typed or cut by hand: the latest figures rather than an error page
            asOf = "";
        }
        if (quarter != null && (quarter.year() != year || quarter.kind() != PeriodKind.QUARTER)) {
            asOf = "";
            quarter = null;
        }
        if (quarter != null) {
            asOf = quarter.code();
        }
        rows = guidanceService.compliance(year, quarter);
        // a choice made on the page goes into its address, without reloading it: Back from a mine's dashboard, a change
        // of language (which reopens the address) and a copied link show the same year and as-of
        PrimeFaces primeFaces = PrimeFaces.current();
        if (primeFaces.isAjaxRequest()) {
            primeFaces.executeScript("history.replaceState(history.state, '', '" + address() + "');");
        }
    }

    /** This view's address: the year (digits) and the as-of quarter (checked above), nothing a script could be made of. */
    private String address() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/guidance.xhtml?year=" + year
                + (asOf == null || asOf.isBlank() ? "" : "&asOf=" + asOf);
    }

    /** The year asked for in the address; one without guidance (or not a year) leaves the latest year with guidance. */
    public String getYearParameter() {
        return String.valueOf(year);
    }

    public void setYearParameter(String parameter) {
        if (parameter != null && parameter.matches("\\d{4}") && years.contains(Integer.parseInt(parameter))) {
            year = Integer.parseInt(parameter);
        }
    }

    /** The quarters of the chosen year an executive can look back from. */
    public List<String> getQuarters() {
        return List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
    }

    /** The quarter the "as of" figures reach, for links to the mines' dashboards. */
    public String getDrillQuarter() {
        return asOf == null || asOf.isBlank() ? "" : asOf;
    }

    /**
     * Each guidance's actual to date and projection as a share of its guidance (the low end of a range), with
     * the guidance itself as the 100% line: metals in ounces and pounds side by side on one scale.
     */
    public String getComplianceChart() {
        List<String> labels = getRows().stream().map(r -> (r.figures().getMine() == null ? r.figures().getCompany() : r.figures().getMine())
                + " " + Metal.valueOf(r.figures().getMetal()).symbol()).toList();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> projection = new ArrayList<>();
        List<BigDecimal> guidance = new ArrayList<>();
        for (Compliance row : getRows()) {
            double low = row.figures().getLow();
            actual.add(low == 0 ? null : percent(row.figures().getActualToDate() / low));
            projection.add(low == 0 || row.figures().isNotReported() ? null : percent(row.figures().getProjection() / low));
            guidance.add(BigDecimal.valueOf(100));
        }
        return TrendChart.bars(labels)
                .series(Messages.text("guidance.actual"), actual, v -> v, "#3b82f6")
                .series(Messages.text("guidance.projection"), projection, v -> v, "#0d9488")
                .design(Messages.text("guidance.guidanceLine"), guidance, v -> v, "#dc2626")
                .unit(Messages.text("guidance.percentOfGuidance")).toJson();
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(Math.round(share * 1000) / 10.0);
    }

    /** The metals the companies report consolidated production for. */
    public List<Metal> getTrendMetals() {
        return consolidated().stream().map(ConsolidatedProduction::metal).distinct().sorted().toList();
    }

    /** The companies' published quarterly production of the chosen metal, one line per company. */
    public String getConsolidatedChart() {
        List<ConsolidatedProduction> ofMetal = consolidated().stream().filter(c -> c.metal() == trendMetal).toList();
        List<ReportingPeriod> quarters = ofMetal.stream().map(ConsolidatedProduction::period).distinct().sorted().toList();
        List<String> categories = new ArrayList<>();
        if (!quarters.isEmpty()) {
            for (ReportingPeriod q = quarters.get(0); q.compareTo(quarters.get(quarters.size() - 1)) <= 0; q = q.nextQuarter()) {
                categories.add(q.code());
            }
        }
        TrendChart chart = TrendChart.lines(categories);
        Map<String, Map<String, BigDecimal>> byCompany = new TreeMap<>();
        ofMetal.forEach(c -> byCompany.computeIfAbsent(c.company().name(), k -> new TreeMap<>()).put(c.period().code(), c.production().value()));
        String[] colours = {"#0d9488", "#7c3aed", "#a16207", "#3b82f6"};
        int i = 0;
        for (Map.Entry<String, Map<String, BigDecimal>> company : byCompany.entrySet()) {
            chart.series(company.getKey(), categories, company.getValue()::get, colours[i++ % colours.length]);
        }
        return chart.unit(trendMetal == null ? "" : trendMetal.productionUnit().symbol()).toJson();
    }

    private List<ConsolidatedProduction> consolidated() {
        if (consolidated == null) {
            consolidated = productionService.consolidatedProduction().stream().filter(c -> c.period().kind() == PeriodKind.QUARTER).toList();
        }
        return consolidated;
    }

    // the exports: the table as a report (GuidanceReport), named by year and as-of

    public StreamedContent getPdf() {
        return download(report().pdf(), "pdf", "application/pdf");
    }

    public StreamedContent getXlsx() {
        return download(report().xlsx(), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public StreamedContent getCsv() {
        return download(report().csv(), "csv", "text/csv; charset=UTF-8");
    }

    /** guidance-2011-as-of-2011-Q3.pdf, or guidance-2011-latest.pdf for the latest figures. */
    String fileName(String extension) {
        return "guidance-" + year + (asOf == null || asOf.isBlank() ? "-latest" : "-as-of-" + asOf) + "." + extension;
    }

    private StreamedContent download(byte[] content, String extension, String type) {
        return DefaultStreamedContent.builder().name(fileName(extension)).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    private GuidanceReport report() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        List<String> companies = getRows().stream().map(r -> r.figures().getCompany()).distinct().sorted().toList();
        List<String> subtitle = new ArrayList<>();
        if (!companies.isEmpty()) {
            subtitle.add(String.join(", ", companies));
        }
        subtitle.add(Messages.text("guidance.report.period", String.valueOf(year),
                asOf == null || asOf.isBlank() ? Messages.text("guidance.latest") : asOf));
        subtitle.add(Messages.text("guidance.report.prepared", external.getRemoteUser(), language.dateTime(Instant.now())));
        return new GuidanceReport(getRows(), Messages.text("guidance.title") + " " + year, subtitle, language.getLocale(),
                row -> Messages.text("guidanceStatus." + row.status().name()));
    }

    public List<Compliance> getRows() {
        if (rows == null) {
            reload();
        }
        return rows;
    }

    /** The mines ranked, a page at a time: the year and as-of chosen are read as each page is. */
    public LazyDataModel<MineContribution> getRanking() {
        if (ranking == null) {
            ranking = new RankingPages();
        }
        return ranking;
    }

    public List<Integer> getYears() {
        return years;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public Metal getTrendMetal() {
        return trendMetal;
    }

    public void setTrendMetal(Metal trendMetal) {
        this.trendMetal = trendMetal;
    }

    /** The quarter the figures reach, as {@link #reload()} left it checked; null for the latest figures. */
    private ReportingPeriod quarter() {
        return asOf == null || asOf.isBlank() ? null : ReportingPeriod.parse(asOf);
    }

    /**
     * The ranking's pages, as the inbox's table reads its alerts ({@link AlertsBean}): the table asks for the row count
     * and one page, in the order its sorted column gives; the service sorts every row and counts the open alerts of the
     * page's mines alone. The sortable columns' fields name the keys of {@link MineRanking.Order.Key} (toDate: TO_DATE).
     */
    private final class RankingPages extends LazyDataModel<MineContribution> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return guidanceService.contributionCount(year, quarter());
        }

        @Override
        public List<MineContribution> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<MineRanking.Order> order = sortBy.values().stream().filter(SortMeta::isActive).sorted()
                    .map(s -> new MineRanking.Order(MineRanking.Order.Key.valueOf(s.getField().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)),
                            s.getOrder() == SortOrder.ASCENDING))
                    .toList();
            return guidanceService.contributions(year, quarter(), order, first, pageSize);
        }

        @Override
        public String getRowKey(MineContribution row) {
            return row.mine().id() + "-" + row.metal();
        }

        @Override
        public MineContribution getRowData(String rowKey) {
            List<MineContribution> page = getWrappedData();
            return page == null ? null : page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
