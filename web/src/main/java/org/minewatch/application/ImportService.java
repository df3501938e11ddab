package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.imports.ImportRecord;
import org.minewatch.domain.model.imports.ImportRecordRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.Plausibility;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ProductionRepository;
import org.minewatch.domain.model.production.ReleaseFigures;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.SourceReference;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.release.ObservationCsv;
import org.minewatch.domain.release.ParsedFigure;
import org.minewatch.domain.release.ParsedGuidance;
import org.minewatch.domain.release.ParsedRelease;
import org.minewatch.domain.release.ReleaseIssuer;
import org.minewatch.domain.release.ReleaseParser;
import org.minewatch.infrastructure.persistence.jpa.EvaluationLock;
import org.minewatch.rules.EvaluationScope;
import org.minewatch.rules.Thresholds;
import org.minewatch.rules.AnomalyRules;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Portfolio;
import org.minewatch.rules.PortfolioFacts;

/**
 * Figures in, the careful way: a release's text (or CSV) is read and shown as a preview, with what is new,
 * what differs from what is stored, which mines are unknown and which values are impossible; a commit stores
 * all of it or none, refuses differing figures unless told to overwrite and unknown mines unless told to
 * create them, records who imported what and when with the source as received, and re-evaluates the alerts.
 * Importing the same figures again changes nothing.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    public enum Format { RELEASE_TEXT, CSV }

    /**
     * What to import: the text, its format, a name for it (the release's title or file), the company it is of, and the
     * period the release reports when the data steward gives it (null: the text's own). Serializable because a page keeps
     * what it previewed in the session, which moves between nodes.
     */
    public record Source(String text, Format format, String name, String company, ReportingPeriod period) implements java.io.Serializable {

        public Source(String text, Format format, String name, String company) {
            this(text, format, name, company, null);
        }
    }

    /**
     * What the caller agrees to beyond storing new figures: replacing stored ones that differ (and guidance that
     * differs from the version in force), creating unknown mines, storing figures the preview found implausible,
     * storing a release under a company other than the one its text names, and storing the guidance the release states.
     */
    public record Consent(boolean overwrite, boolean createMines, boolean acceptImplausible, boolean otherIssuer, boolean storeGuidance) {

        public static Consent of(boolean overwrite, boolean createMines) {
            return new Consent(overwrite, createMines, false, false, false);
        }
    }

    /** What a commit would do with a guidance statement of the release. */
    public enum GuidanceFate {
        /** Stored as the first version of its guidance, when the commit stores guidance. */
        NEW,
        /** The version in force says the same: nothing to store. */
        UNCHANGED,
        /** Stored as a new version of its guidance, when the commit stores guidance and overwrites. */
        DIFFERS,
        /** Not stored, for the reason given. */
        SKIPPED
    }

    /**
     * A guidance statement the release makes (a range, a single figure as low = high, or a withdrawal), for the company
     * (mine null) or a mine, in our units; with the sentence it was read from, what a commit would do with it and why,
     * and the version in force it was compared with.
     */
    public record GuidanceFound(int year, String mine, Metal metal, java.math.BigDecimal low, java.math.BigDecimal high, boolean withdrawn,
                                String sentence, int line, GuidanceFate fate, Sentence reason, Sentence inForce) {
        public String subject(String company) {
            return (mine == null ? company : mine) + " " + year + " " + (metal == null ? "" : metal.symbol());
        }
    }

    /** A stored figure and the different one an import brings. */
    public record Conflict(Observation stored, Observation imported) {
    }

    /**
     * What an import would do, without doing it. {@code implausible} lists the figures that cannot be right as they
     * stand (past real mines' orders of magnitude, a metal balance that does not close, tpd the period contradicts,
     * many times the mine's history), each with its arithmetic: they block the commit unless it accepts them.
     * {@code issuer} is the company the text names (null when it names none), {@code newCompany} whether the
     * figures would go to a company not stored yet, and {@code otherIssuer} says, when the company asked for is not
     * the one the text names, that committing needs that choice made explicitly.
     */
    public record Preview(List<Observation> observations, List<Sentence> errors, List<Sentence> implausible, List<Sentence> warnings, List<String> newMines,
                          List<Conflict> conflicts, List<Observation> unchangedFigures, String company, List<PreviewFinding> findings, String issuer,
                          boolean newCompany, Sentence otherIssuer, List<GuidanceFound> guidance) {

        /** How many figures are already stored with the same value. */
        public int unchanged() {
            return unchangedFigures.size();
        }
    }

    /**
     * What the rules would find after the commit: {@code raised} when the commit would raise it (the stored
     * figures alone do not give it), else a finding already raised that the import's figures touch.
     */
    public record PreviewFinding(Finding finding, boolean raised) {
    }

    /** What a commit did: the import's record, or none when every figure was already stored as it is. */
    public record Outcome(ImportRecord record, Preview preview) {
    }

    /**
     * Fired by every commit that stores its figures ({@code id} of its record) or finds them all stored
     * already ({@code id} null, nothing changed); observed after the transaction commits, for the metrics
     * and the log.
     */
    public record Imported(Long id, String user, String company, String source, int figuresRead, int figuresAdded, int figuresOverwritten,
                           int figuresUnchanged, int minesCreated) {

        public boolean changed() {
            return id != null;
        }
    }

    /** The import cannot be committed as asked; the message says why and what would let it through. */
    public static class ImportRefused extends Refused {
        private static final long serialVersionUID = 1L;

        /**
         * @param reason what stopped it, for pages to say in the user's language with the arguments
         *               ({@code import.refused.<reason>}), pointing at the page's own choices rather than the API's parameters
         * @param message the same in English, naming the API's parameters, for the API and logs
         * @param conflict true when the import is sound but collides with stored data (409), false when it is not sound (400)
         */
        public ImportRefused(String reason, String message, boolean conflict, Object... arguments) {
            super("import.refused." + reason, conflict, message, arguments);
        }
    }

    @Inject
    private CurrentCaller caller;

    @Inject
    private CompanyRepository companies;

    @Inject
    private MineRepository mines;

    @Inject
    private ProductionRepository production;

    @Inject
    private ImportRecordRepository imports;

    @Inject
    private AlertService alerts;

    @Inject
    private PortfolioLoader portfolios;

    @Inject
    private ThresholdService thresholds;

    @Inject
    private AnomalyRules rules;

    @Inject
    private Event<Imported> imported;

    @Inject
    private EvaluationLock lock;

    @Inject
    private GuidanceRepository guidance;

    private final Plausibility plausibility = Plausibility.standard();

    public Preview preview(Source source) {
        requireAdmin();
        Plan plan = plan(source);
        if (plan.errors.isEmpty()) {
            plan.findings = findings(plan);
        }
        return plan.preview();
    }

    /**
     * What the rules would find if the import were committed: they judge the stored figures with the
     * imported ones laid over them (nothing is stored). Every finding the commit would raise is kept, whatever
     * its quarter (a new mine's overdue quarters too), and so are the findings already raised that the import
     * touches, told apart: the preview promised less than the commit did when it kept only the second kind.
     */
    private List<PreviewFinding> findings(Plan plan) {
        Company company = plan.company.orElseGet(() -> new Company(plan.companyName));
        Map<Observation, ReportedFigure> imported = plan.figures.figures();
        Set<String> importedKeys = new HashSet<>();
        Set<String> touched = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        imported.keySet().forEach(o -> {
            importedKeys.add(key(o));
            touched.add(o.mine() + "|" + o.period().code());
            years.add(o.period().year());
        });
        // the stored mines of the company, and a stand-in for each mine the import would create
        Map<String, Mine> byName = new LinkedHashMap<>();
        plan.knownMines.values().forEach(m -> byName.put(m.name(), m));
        Map<String, Mine> created = new LinkedHashMap<>();
        imported.keySet().stream().filter(o -> o.mine() != null && !byName.containsKey(o.mine()))
                .forEach(o -> created.computeIfAbsent(o.mine(), n -> new Mine(company, n, "XX", EnumSet.noneOf(Metal.class))));
        // judged in the scope its commit would be judged in, on the part of the stored portfolio that decides it: at portfolio
        // scale, reading and judging the company's every mine for one mine's quarter was most of a preview's time
        FiguresScope figuresScope = scopeOfFigures(company, imported.keySet(), name -> byName.getOrDefault(name, created.get(name)), plan.knownMines.values());
        EvaluationScope scope = figuresScope.scope().publishedQuarters(company, figuresScope.publishedBefore()).build();
        Portfolio before = company.id() == null ? new Portfolio(List.of(), List.of(), List.of(), List.of(), List.of()) : portfolios.slice(scope);

        ReleaseFigures merged = new ReleaseFigures(new SourceReference("preview", null));
        for (ProductionReport report : before.reports()) {
            report.observations().forEach(o -> {
                if (!importedKeys.contains(key(o))) {
                    merged.add(o.mine(), o.period(), o.measure(), o.metal(), report.figure(o.measure(), o.metal()).orElseThrow());
                }
            });
        }
        for (ConsolidatedProduction c : before.consolidated()) {
            if (!importedKeys.contains(key(c.observation()))) {
                merged.add(null, c.period(), Measure.PRODUCTION, c.metal(), c.production());
            }
        }
        imported.forEach((o, figure) -> merged.add(o.mine(), o.period(), o.measure(), o.metal(), figure));
        List<Mine> mineList = new ArrayList<>(before.mines());
        mineList.addAll(created.values());
        Map<String, Mine> allByName = new LinkedHashMap<>(byName);
        allByName.putAll(created);
        List<ProductionReport> reports = merged.reports(allByName::get);
        Portfolio preview = new Portfolio(mineList, reports, merged.consolidated(company), before.designs(), before.guidance(),
                Map.of(company, figuresScope.publishedAfter()));
        Thresholds current = thresholds.current();
        LocalDate today = LocalDate.now();
        Set<String> raisedBefore = new HashSet<>();
        rules.evaluate(PortfolioFacts.of(before, current, today)).forEach(f -> raisedBefore.add(f.key()));
        return rules.evaluate(PortfolioFacts.of(preview, current, today)).stream()
                // a slice decides only what its scope settles; a company not stored yet is all new
                .filter(f -> company.id() == null || scope.settles(f.getRule(), f.getMine() == null ? null : allByName.get(f.getMine()), company,
                        ReportingPeriod.parse(f.getPeriod())))
                .map(f -> new PreviewFinding(f, !raisedBefore.contains(f.key())))
                .filter(p -> p.raised() || touched.contains(p.finding().getMine() + "|" + p.finding().getPeriod())
                        || (p.finding().getPeriod().endsWith("-FY") && years.contains(Integer.parseInt(p.finding().getPeriod().substring(0, 4)))))
                .sorted(Comparator.comparing((PreviewFinding p) -> !p.raised()))
                .toList();
    }

    /** What an import's figures can change, told to a scope, with the quarters its company published before and after it. */
    private record FiguresScope(EvaluationScope.Builder scope, NavigableSet<ReportingPeriod> publishedBefore, NavigableSet<ReportingPeriod> publishedAfter) {
    }

    /**
     * The scope of an import's figures, the same for its preview and its commit: each mine's periods, the company's consolidated
     * ones, and every mine of the company when the figures add a quarter it had not published (each then owes it). An import
     * adds reports and removes none: the quarters published after it are those before and its mines' periods'. Call before
     * its figures are stored.
     */
    private FiguresScope scopeOfFigures(Company company, Collection<Observation> figures, Function<String, Mine> mineNamed, Collection<Mine> minesOfCompany) {
        NavigableSet<ReportingPeriod> before = company.id() == null ? new TreeSet<>() : Portfolio.quartersPublished(production.periodsReported(company));
        NavigableSet<ReportingPeriod> after = new TreeSet<>(before);
        after.addAll(Portfolio.quartersPublished(figures.stream().filter(o -> o.mine() != null).map(Observation::period).toList()));
        EvaluationScope.Builder scope = EvaluationScope.builder();
        for (Observation o : figures) {
            if (o.mine() == null) {
                scope.consolidatedFigure(company, o.period());
            } else {
                scope.mineFigures(mineNamed.apply(o.mine()), o.period());
            }
        }
        if (!before.equals(after)) {
            scope.publishedQuartersChanged(minesOfCompany);
        }
        return new FiguresScope(scope, before, after);
    }

    private static String key(Observation o) {
        return o.mine() + "|" + o.period().code() + "|" + o.measure() + "|" + o.metal();
    }

    public Outcome commit(Source source, boolean overwrite, boolean createMines) {
        return commit(source, Consent.of(overwrite, createMines));
    }

    public Outcome commit(Source source, Consent consent) {
        requireAdmin();
        return commitAs(caller.account().username(), source, consent);
    }

    public List<ImportRecord> imports() {
        requireAdmin();
        return imports.findAll();
    }

    public ImportRecord find(long id) {
        requireAdmin();
        return imports.find(id).orElseThrow(() -> new NotFoundException("No import " + id));
    }

    private void requireAdmin() {
        if (!caller.account().roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may import figures");
        }
    }

    /** The commit itself, by a named actor (a user, or the demo data loader). */
    public Outcome commitAs(String actor, Source source, boolean overwrite, boolean createMines) {
        return commitAs(actor, source, Consent.of(overwrite, createMines));
    }

    public Outcome commitAs(String actor, Source source, Consent consent) {
        // Imports on several nodes take turns, from reading what is stored to their evaluation: the same
        // release sent to two nodes at once is compared by the second with what the first stored (all of it
        // unchanged, so nothing is stored twice), instead of both adding the same figures and one failing on
        // the unique keys. An import ends with an evaluation, which takes the same lock.
        lock.acquire(Instant.now());
        Plan plan = plan(source);
        Preview preview = plan.preview();
        if (!preview.errors().isEmpty()) {
            Sentence errors = new Sentence("list", preview.errors());
            throw new ImportRefused("errors", "Nothing imported: " + errors, false, errors);
        }
        if (!preview.implausible().isEmpty() && !consent.acceptImplausible()) {
            throw new ImportRefused("implausible", "Nothing imported: figures that cannot be right as they stand (" + preview.implausible().size() + "), first "
                    + preview.implausible().get(0) + "; check them against the release, or import with acceptImplausible=true to store them as they are",
                    false, preview.implausible().size(), preview.implausible().get(0));
        }
        List<GuidanceFound> guidanceToStore = consent.storeGuidance() ? preview.guidance().stream()
                .filter(g -> g.fate() == GuidanceFate.NEW || g.fate() == GuidanceFate.DIFFERS).toList() : List.of();
        if (preview.observations().isEmpty() && guidanceToStore.isEmpty()) {
            throw new ImportRefused(preview.warnings().isEmpty() ? "nothingFound" : "nothingFoundWarned",
                    "Nothing imported: no figure was found" + (preview.warnings().isEmpty() ? "" : " (" + preview.warnings().get(0) + ")"), false,
                    preview.warnings().isEmpty() ? "" : preview.warnings().get(0));
        }
        if (preview.otherIssuer() != null && !consent.otherIssuer()) {
            throw new ImportRefused("otherIssuer", "Nothing imported: " + preview.otherIssuer() + "; import with otherIssuer=true to store them under "
                    + preview.company() + " all the same", true, preview.issuer(), preview.company());
        }
        if (!preview.newMines().isEmpty() && !consent.createMines()) {
            throw new ImportRefused("newMines", "Nothing imported: unknown mines " + preview.newMines() + "; import with createMines=true to create them", true,
                    String.join(", ", preview.newMines()));
        }
        if (!preview.conflicts().isEmpty() && !consent.overwrite()) {
            throw new ImportRefused("conflicts", "Nothing imported: " + preview.conflicts().size() + " figures differ from those stored, first "
                    + describe(preview.conflicts().get(0)) + "; import with overwrite=true to replace them", true, preview.conflicts().size(),
                    preview.conflicts().get(0).imported().mine() == null ? preview.company() : preview.conflicts().get(0).imported().mine(),
                    preview.conflicts().get(0).imported().period().code(), preview.conflicts().get(0).stored().value(),
                    preview.conflicts().get(0).imported().value());
        }
        Optional<GuidanceFound> differing = guidanceToStore.stream().filter(g -> g.fate() == GuidanceFate.DIFFERS).findFirst();
        if (differing.isPresent() && !consent.overwrite()) {
            throw new ImportRefused("guidanceDiffers", "Nothing imported: the " + differing.get().subject(preview.company())
                    + " guidance differs from the version in force (" + differing.get().inForce() + "); import with overwrite=true to store the release's as a new version",
                    true, differing.get().subject(preview.company()), differing.get().inForce());
        }
        int added = preview.observations().size() - preview.unchanged() - preview.conflicts().size();
        if (added == 0 && preview.conflicts().isEmpty() && guidanceToStore.isEmpty()) {
            imported.fire(new Imported(null, actor, preview.company(), source.name(), preview.observations().size(), 0, 0, preview.unchanged(), 0));
            return new Outcome(null, preview);
        }
        Company company = plan.company.orElseGet(() -> {
            Company created = new Company(plan.companyName);
            companies.store(created);
            return created;
        });
        Instant now = Instant.now();
        ImportRecord record = new ImportRecord(actor, now, company, source.format() == Format.CSV ? "text/csv" : "text/plain",
                source.name(), sha256(source.text()), source.text());
        if (source.period() != null) {
            record.readAsOf(source.period().code());
        }
        Map<String, Mine> minesByName = new LinkedHashMap<>(plan.knownMines);
        for (String name : preview.newMines()) {
            Set<Metal> metals = EnumSet.noneOf(Metal.class);
            plan.figures.figures().keySet().stream().filter(o -> name.equals(o.mine()) && o.metal() != null).forEach(o -> metals.add(o.metal()));
            // a release does not say the country: XX (unknown) until an administrator sets it
            Mine mine = new Mine(company, name, "XX", metals);
            mines.store(mine);
            minesByName.put(nameKey(name), mine);
        }
        // what the import can change, judged in its scope (read before its figures are stored: the quarters published before it)
        FiguresScope figuresScope = scopeOfFigures(company, plan.figures.figures().keySet(), name -> minesByName.get(nameKey(name)), minesByName.values());
        EvaluationScope.Builder scope = figuresScope.scope();
        // a release's text does not say reliably when it was published: the import record keeps when it came in
        SourceReference reference = new SourceReference(source.name(), null);
        for (Map.Entry<Observation, ReportedFigure> entry : plan.figures.figures().entrySet()) {
            Observation o = entry.getKey();
            if (o.mine() == null) {
                Optional<ConsolidatedProduction> stored = production.findConsolidated(company, o.period()).stream()
                        .filter(c -> c.metal() == o.metal()).findFirst();
                if (stored.isEmpty()) {
                    production.store(new ConsolidatedProduction(company, o.period(), o.metal(), entry.getValue(), reference));
                } else if (stored.get().production().value().compareTo(o.value()) != 0) {
                    record.overwrote(null, o.period().code(), o.measure().code(), o.metal().name(), stored.get().production().value(), o.value());
                    stored.get().restate(entry.getValue());
                }
                continue;
            }
            Mine mine = minesByName.get(nameKey(o.mine()));
            ProductionReport report = storedReport(plan, mine, o.period()).orElseGet(() -> {
                ProductionReport created = new ProductionReport(mine, o.period(), reference);
                production.store(created);
                plan.storedReports.put(reportKey(mine.name(), o.period()), Optional.of(created));
                return created;
            });
            Optional<ReportedFigure> stored = report.figure(o.measure(), o.metal());
            if (stored.isPresent() && stored.get().value().compareTo(o.value()) != 0) {
                record.overwrote(mine.name(), o.period().code(), o.measure().code(), o.metal() == null ? null : o.metal().name(),
                        stored.get().value(), o.value());
            }
            report.record(o.measure(), o.metal(), entry.getValue());
        }
        for (GuidanceFound g : guidanceToStore) {
            Mine mine = g.mine() == null ? null : minesByName.get(nameKey(g.mine()));
            scope.guidance(company, g.year());
            SourceReference said = new SourceReference(source.name(), plan.announced);
            guidance.store(g.withdrawn() ? Guidance.withdrawal(company, mine, g.year(), g.metal(), plan.announced, said)
                    : g.low().compareTo(g.high()) == 0 ? Guidance.point(company, mine, g.year(), g.metal(), g.low(), plan.announced, said)
                    : Guidance.range(company, mine, g.year(), g.metal(), g.low(), g.high(), plan.announced, said));
        }
        record.counted(preview.observations().size(), added, preview.conflicts().size(), preview.unchanged(), preview.newMines());
        record.storedGuidance(guidanceToStore.size());
        imports.store(record);
        scope.publishedQuarters(company, figuresScope.publishedAfter());
        record.evaluated(alerts.evaluate(scope.build()).toString());
        imported.fire(new Imported(record.id(), actor, company.name(), source.name(), preview.observations().size(), added, preview.conflicts().size(),
                preview.unchanged(), preview.newMines().size()));
        return new Outcome(record, preview);
    }

    /**
     * The guidance statements of the release, each judged against the versions stored: the version in force for the
     * same company or mine, year and metal. A withdrawal that names no metal withdraws each guidance in force of that
     * year; a guidance the same sentence says it replaces is not stored; a version must be announced after the one
     * in force (stored versions are never changed). A release is announced on its dateline's date, else on the day it
     * is imported.
     */
    private List<GuidanceFound> guidanceFound(Plan plan, ParsedRelease parsed) {
        plan.announced = parsed.published().orElse(LocalDate.now());
        List<GuidanceFound> found = new ArrayList<>();
        for (ParsedGuidance g : parsed.guidance()) {
            String mine = g.mine() == null ? null : Optional.ofNullable(plan.knownMines.get(nameKey(g.mine()))).map(Mine::name).orElse(g.mine());
            List<Guidance> stored = plan.company.map(c -> guidance.findByYear(c, g.year())).orElse(List.of()).stream()
                    .filter(v -> Objects.equals(v.mine().map(m -> nameKey(m.name())).orElse(null), mine == null ? null : nameKey(mine))).toList();
            if (g.withdrawn() && g.metal() == null) {
                // each metal's guidance of the year: withdrawn now, or withdrawn already
                List<Metal> metals = stored.stream().map(Guidance::metal).distinct().toList();
                if (metals.isEmpty()) {
                    found.add(new GuidanceFound(g.year(), mine, null, null, null, true, g.sentence(), g.line(), GuidanceFate.SKIPPED,
                            new Sentence("found-guidance.no-year-to-withdraw", String.valueOf(g.year())), null));
                }
                metals.forEach(m -> found.add(judge(plan, g, mine, m, stored)));
                continue;
            }
            if (g.metal() == null) {
                continue;
            }
            found.add(judge(plan, g, mine, g.metal(), stored));
        }
        // a statement said twice (a highlight, then the outlook paragraph) is one version: the first is judged, the others not stored
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            GuidanceFound g = found.get(i);
            boolean storable = g.fate() == GuidanceFate.NEW || g.fate() == GuidanceFate.DIFFERS;
            if (storable && !subjects.add(g.mine() + "|" + g.year() + "|" + g.metal())) {
                found.set(i, new GuidanceFound(g.year(), g.mine(), g.metal(), g.low(), g.high(), g.withdrawn(), g.sentence(), g.line(),
                        GuidanceFate.SKIPPED, new Sentence("found-guidance.stated-twice"), g.inForce()));
            }
        }
        return found;
    }

    private GuidanceFound judge(Plan plan, ParsedGuidance g, String mine, Metal metal, List<Guidance> stored) {
        java.math.BigDecimal low = g.low() == null ? null : g.low().value();
        java.math.BigDecimal high = g.high() == null ? null : g.high().value();
        boolean withdrawal = g.withdrawn() && low == null;
        java.util.function.BiFunction<GuidanceFate, Sentence, GuidanceFound> as = (fate, reason) -> new GuidanceFound(g.year(), mine, metal, low, high,
                g.withdrawn(), g.sentence(), g.line(), fate, reason, latest(stored, metal).map(ImportService::describe).orElse(null));
        if (g.withdrawn() && low != null) {
            return as.apply(GuidanceFate.SKIPPED, new Sentence("found-guidance.replaced"));
        }
        if (mine != null && !plan.knownMines.containsKey(nameKey(mine))
                && plan.figures.figures().keySet().stream().noneMatch(o -> o.mine() != null && nameKey(o.mine()).equals(nameKey(mine)))) {
            return as.apply(GuidanceFate.SKIPPED, new Sentence("found-guidance.mine-unknown", mine));
        }
        Optional<Guidance> inForce = latest(stored, metal);
        if (inForce.isEmpty()) {
            return withdrawal ? as.apply(GuidanceFate.SKIPPED, new Sentence("found-guidance.nothing-to-withdraw")) : as.apply(GuidanceFate.NEW, null);
        }
        Guidance current = inForce.get();
        boolean same = withdrawal ? current.isWithdrawn()
                : !current.isWithdrawn() && within(current.low(), g.low()) && within(current.high(), g.high());
        if (same) {
            return as.apply(GuidanceFate.UNCHANGED, null);
        }
        if (!plan.announced.isAfter(current.announcedOn())) {
            return as.apply(GuidanceFate.SKIPPED, new Sentence("found-guidance.not-newer", current.announcedOn().toString(), plan.announced.toString()));
        }
        return as.apply(GuidanceFate.DIFFERS, null);
    }

    private static Optional<Guidance> latest(List<Guidance> versions, Metal metal) {
        return versions.stream().filter(v -> v.metal() == metal).max(java.util.Comparator.comparing(Guidance::announcedOn));
    }

    private static boolean within(java.math.BigDecimal stored, ReportedFigure read) {
        return stored != null && read != null && read.lowest().compareTo(stored) <= 0 && stored.compareTo(read.highest()) <= 0;
    }

    private static Sentence describe(Guidance g) {
        String announced = g.announcedOn().toString();
        return g.isWithdrawn() ? new Sentence("found-guidance.in-force.withdrawn", announced)
                : g.low().compareTo(g.high()) == 0 ? new Sentence("found-guidance.in-force.amount", g.low(), g.unit().symbol(), announced)
                : new Sentence("found-guidance.in-force.range", g.low(), g.high(), g.unit().symbol(), announced);
    }

    /** Mine and company names are matched ignoring case: "Caylloma" and "CAYLLOMA" are one mine. */
    private static String nameKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(Conflict c) {
        Observation o = c.imported();
        return (o.mine() == null ? "consolidated" : o.mine()) + " " + o.period() + " " + o.measure().code() + (o.metal() == null ? "" : " " + o.metal())
                + ": stored " + c.stored().value().toPlainString() + ", imported " + o.value().toPlainString();
    }

    /** The text's SHA-256, of its UTF-8 bytes a block at a time: a 5 MB text is not copied whole to be hashed. */
    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int start = 0; start < text.length();) {
                int end = Math.min(text.length(), start + 8192);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // a character of two chars is encoded whole, in the next block
                }
                digest.update(text.substring(start, end).getBytes(StandardCharsets.UTF_8));
                start = end;
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    /** What the source holds, read and compared with what is stored. */
    private final class Plan {
        Optional<Company> company;
        final Map<String, Mine> knownMines = new LinkedHashMap<>();
        ReleaseFigures figures;
        final List<Sentence> errors = new ArrayList<>();
        List<Sentence> implausible = List.of();
        final List<Sentence> warnings = new ArrayList<>();
        final Set<String> newMines = new LinkedHashSet<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final List<Observation> unchanged = new ArrayList<>();
        String companyName;
        String issuer;
        Sentence otherIssuer;
        List<GuidanceFound> guidance = List.of();
        LocalDate announced;

        List<PreviewFinding> findings = List.of();
        /** The stored report of each mine and period the release names, read once (mine name key and period code). */
        final Map<String, Optional<ProductionReport>> storedReports = new HashMap<>();

        Preview preview() {
            return new Preview(figures.observations(), errors, implausible, warnings, List.copyOf(newMines), conflicts, List.copyOf(unchanged), companyName,
                    findings, issuer, company.isEmpty(), otherIssuer, guidance);
        }
    }

    private Plan plan(Source source) {
        if (source.format() == Format.CSV && source.period() != null) {
            // a CSV gives each figure's period in its own column; a period given beside it would say nothing, or contradict it
            throw new ImportRefused("periodOfCsv", "Nothing imported: period= is for a release's text that does not say its period; a CSV gives each "
                    + "figure's period in its own column: leave period= out", false);
        }
        Plan plan = new Plan();
        List<Company> all = companies.findAll();
        // a CSV is read once, before its company is known (a file that cannot be read says so first, whatever the
        // companies stored); its figures also tell the company when nothing else does
        ParsedRelease csv = source.format() == Format.CSV ? ObservationCsv.parse(source.text()) : null;
        // the issuer is read first, from the text alone: which company the figures are of must not depend on a guess
        Optional<ReleaseIssuer> issuer = source.format() == Format.CSV ? Optional.empty() : ReleaseParser.issuerOf(source.text());
        plan.issuer = issuer.map(ReleaseIssuer::name).orElse(null);
        if (source.company() != null && !source.company().isBlank()) {
            String wanted = source.company().strip();
            plan.company = all.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
            plan.companyName = plan.company.map(Company::name).orElse(wanted);
            if (issuer.isPresent() && !issuer.get().isNamed(plan.companyName)) {
                plan.otherIssuer = new Sentence("other-issuer", issuer.get().name(), plan.companyName);
            }
        } else if (issuer.isPresent()) {
            // the company the text names: the stored one of that name, or a new one
            plan.company = all.stream().filter(c -> issuer.get().isNamed(c.name())).findFirst();
            plan.companyName = plan.company.map(Company::name).orElse(issuer.get().name());
        } else if (csv != null && companyOfMines(csv, all).isPresent()) {
            // figures in a file name no issuer: the company whose stored mines they name, or the only company stored
            plan.company = companyOfMines(csv, all);
            plan.companyName = plan.company.orElseThrow().name();
        } else if (all.stream().filter(c -> mentions(source.text(), c.name())).count() == 1) {
            // no issuer found, but the text speaks of exactly one stored company: it is that company's
            plan.company = all.stream().filter(c -> mentions(source.text(), c.name())).findFirst();
            plan.companyName = plan.company.orElseThrow().name();
        } else if (all.size() == 1) {
            throw new ImportRefused("companyNotNamed", "The release does not name " + all.get(0).name()
                    + " nor any other company: name the company these figures are of with company=...", false, all.get(0).name());
        } else if (all.isEmpty()) {
            throw new ImportRefused("noCompanyStored", "No company is stored yet and the release names none: name the company these figures are of with company=...",
                    false);
        } else {
            throw new ImportRefused("noCompanyNamed", "The release names no company and several are stored: name the one these figures are of with company=...",
                    false);
        }
        plan.company.ifPresent(c -> mines.findAll().stream().filter(m -> m.company().equals(c))
                .forEach(m -> plan.knownMines.put(nameKey(m.name()), m)));
        ReleaseParser parser = new ReleaseParser(plan.knownMines.values().stream().map(Mine::name).toList());
        ParsedRelease parsed = csv != null ? csv : (source.period() == null ? parser : parser.reporting(source.period())).parse(source.text());
        plan.warnings.addAll(parsed.warnings());
        plan.figures = new ReleaseFigures(new SourceReference(source.name(), null));
        Map<String, String> spelling = new LinkedHashMap<>(); // one spelling per new mine, whatever the case
        int companyLevelOther = 0;
        for (ParsedFigure f : parsed.figures()) {
            if (f.mine() == null && f.measure() != Measure.PRODUCTION) {
                companyLevelOther++; // a company's tonnes, grades and recoveries have no place of their own: its mines' figures carry them
                continue;
            }
            String mine = f.mine() == null ? null : Optional.ofNullable(plan.knownMines.get(nameKey(f.mine())))
                    .map(Mine::name).orElseGet(() -> spelling.computeIfAbsent(nameKey(f.mine()), k -> f.mine()));
            plan.figures.add(mine, f.period(), f.measure(), f.metal(), f.figure());
            impossible(f).ifPresent(plan.errors::add);
        }
        if (companyLevelOther > 0) {
            plan.warnings.add(new Sentence("company-level-not-stored", companyLevelOther));
        }
        plan.guidance = guidanceFound(plan, parsed);
        plan.implausible = plausibility.check(plan.figures.figures(), history(plan)).stream().map(Plausibility.Implausible::reason).toList();
        Set<String> seenGradeProblems = new HashSet<>();
        // the mines, periods and metals that produced something, gathered once: a scan of all the figures for each grade was
        // quadratic in a large file
        Set<List<Object>> produced = new HashSet<>();
        plan.figures.figures().keySet().stream().filter(p -> p.measure() == Measure.PRODUCTION && p.value().signum() > 0)
                .forEach(p -> produced.add(java.util.Arrays.asList(p.mine(), p.period(), p.metal())));
        for (Map.Entry<Observation, ReportedFigure> entry : plan.figures.figures().entrySet()) {
            Observation o = entry.getKey();
            if (o.measure() == Measure.GRADE && o.value().signum() <= 0) {
                String key = o.mine() + o.period() + o.metal();
                if (produced.contains(java.util.Arrays.asList(o.mine(), o.period(), o.metal())) && seenGradeProblems.add(key)) {
                    plan.errors.add(new Sentence("grade-not-positive", o.mine(), o.period().code(), o.metal().name(), o.value()));
                }
            }
            if (o.mine() != null && !plan.knownMines.containsKey(nameKey(o.mine()))) {
                plan.newMines.add(o.mine());
                continue;
            }
            Optional<ReportedFigure> stored = storedFigure(plan, o);
            if (stored.isEmpty()) {
                continue;
            }
            if (stored.get().value().compareTo(o.value()) == 0) {
                plan.unchanged.add(o);
            } else {
                plan.conflicts.add(new Conflict(new Observation(o.mine(), o.period(), o.measure(), o.metal(), stored.get().value(), o.unit()), o));
            }
        }
        return plan;
    }

    /** The largest quarter each known mine of the company has reported, per measure and metal: what a new figure is held against. */
    private Plausibility.History history(Plan plan) {
        if (plan.knownMines.isEmpty()) {
            return Plausibility.History.NONE;
        }
        // the reports of the stored mines the release has figures of, alone: each figure is held against its own mine's
        // history, and reading the whole company's (8,000 reports on the generated portfolio) for one mine's quarter was most
        // of an import's time at portfolio scale
        Set<Mine> known = new HashSet<>();
        plan.figures.figures().keySet().stream().filter(o -> o.mine() != null).map(o -> plan.knownMines.get(nameKey(o.mine())))
                .filter(Objects::nonNull).forEach(known::add);
        if (known.isEmpty()) {
            return Plausibility.History.NONE;
        }
        Map<String, java.math.BigDecimal> largest = new java.util.HashMap<>();
        for (ProductionReport report : production.findReports(known, null)) {
            if (report.period().kind() == PeriodKind.QUARTER) {
                report.observations().forEach(o -> largest.merge(nameKey(o.mine()) + "|" + o.measure() + "|" + o.metal(), o.value(), java.math.BigDecimal::max));
            }
        }
        return (mine, measure, metal) -> Optional.ofNullable(largest.get(nameKey(mine) + "|" + measure + "|" + metal));
    }

    /**
     * The company of a CSV's figures when the file does not say: the one whose stored mines are all the mines it names,
     * or the only company stored when it names no stored mine.
     */
    private Optional<Company> companyOfMines(ParsedRelease csv, List<Company> all) {
        Set<String> named = new HashSet<>();
        csv.figures().forEach(f -> {
            if (f.mine() != null) {
                named.add(nameKey(f.mine()));
            }
        });
        Set<Company> owners = new HashSet<>();
        mines.findAll().stream().filter(m -> named.contains(nameKey(m.name()))).forEach(m -> owners.add(m.company()));
        if (owners.size() == 1) {
            return owners.stream().findFirst();
        }
        return owners.isEmpty() && all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * Whether a text names a company: its name, or its first word ("Fortuna" for Fortuna Silver Mines), in any case.
     * Searched in the text as it is: a lower-case copy of a 5 MB text per company, and a whole-text match beginning
     * with {@code .*}, cost more than the search.
     */
    private static boolean mentions(String text, String company) {
        int flags = java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE;
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(company), flags).matcher(text).find()
                || java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(company.split(" ")[0]) + "\\b", flags).matcher(text).find();
    }

    private Optional<ReportedFigure> storedFigure(Plan plan, Observation o) {
        if (plan.company.isEmpty()) {
            return Optional.empty();
        }
        if (o.mine() == null) {
            return production.findConsolidated(plan.company.get(), o.period()).stream().filter(c -> c.metal() == o.metal()).findFirst()
                    .map(ConsolidatedProduction::production);
        }
        return storedReport(plan, plan.knownMines.get(nameKey(o.mine())), o.period()).flatMap(r -> r.figure(o.measure(), o.metal()));
    }

    /**
     * The stored report of a mine and period, read once per import: the comparison and the commit ask for each figure, and a
     * query per figure was most of a quarter's import at portfolio scale. A mine not stored yet has none.
     */
    private Optional<ProductionReport> storedReport(Plan plan, Mine mine, ReportingPeriod period) {
        return plan.storedReports.computeIfAbsent(reportKey(mine == null ? null : mine.name(), period),
                k -> mine == null || mine.id() == null ? Optional.empty() : production.find(mine, period));
    }

    private static String reportKey(String mineName, ReportingPeriod period) {
        return (mineName == null ? "" : nameKey(mineName)) + "|" + period.code();
    }

    /** DOMAIN.md's impossible values, named: recovery outside (0, 100], negative tonnes or production. */
    private static Optional<Sentence> impossible(ParsedFigure f) {
        Object whose = f.mine() == null ? new Sentence("consolidated") : f.mine();
        double value = f.figure().value().doubleValue();
        if (f.measure() == Measure.RECOVERY && (value <= 0 || value > 100)) {
            return Optional.of(new Sentence("impossible-recovery", whose, f.period().code(), f.measure().named(f.metal()), f.line(), f.figure().value()));
        }
        if (value < 0) {
            return Optional.of(new Sentence("impossible-negative", whose, f.period().code(), f.measure().named(f.metal()), f.line(), f.figure().value()));
        }
        return Optional.empty();
    }
}
