package org.minewatch.interfaces.rest;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.minewatch.application.AdministrationService;
import org.minewatch.application.AlertService;
import org.minewatch.application.ImportService;
import org.minewatch.application.PortfolioLoader;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.rules.EvaluationScope;
import org.minewatch.rules.Portfolio;
import org.minewatch.application.ImportService.Consent;
import org.minewatch.application.ImportService.Source;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/**
 * Test only, added to the portal by {@code ScopedEvaluationIT} (and {@code GuidanceVerdictsIT}, so that both share one
 * server): in one transaction that is rolled back at the end (the embedded tests share one database), it loads a generated
 * company (mines x quarters of figures with declines, shortfalls and consolidated figures that do and do not add up, design
 * versions, company and mine guidance), then makes random changes through the services the pages and the API call
 * (imports of a mine's quarter, a new quarter, a new mine, a consolidated figure; a design version; a guidance version),
 * each judged in its scope as the portal judges it; after each, every alert as it stands is compared with what a full
 * evaluation makes of it (raised, found, severity, sentence and evidence). Each import is previewed first, as the pages
 * and the API preview it (judged in the same scope): the findings the preview says the import raises must be the alerts
 * found after it and its full evaluation that were not found before, and those it lists as raised already must be found
 * both before and after.
 */
@Path("test/scoped-evaluation-oracle")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class ScopedEvaluationOracleResource {

    static final String COMPANY = "Scope Oracle Mining";
    private static final Metal[] METALS = {Metal.AU, Metal.AG};

    @Resource
    private UserTransaction transaction;

    @Inject
    private ImportService imports;

    @Inject
    private AdministrationService administration;

    @Inject
    private AlertService alertService;

    @Inject
    private AlertRepository alerts;

    @Inject
    private PortfolioLoader portfolios;

    /** What was compared: changes made, alerts compared after each, the full evaluations' counts of what they changed, every difference. */
    public record Comparison(int changes, int alertsCompared, int raisedByFull, int resolvedByFull, int previewsCompared, int previewFindings,
                             List<String> differences) {
    }

    /** The last import's preview, taken before its commit; null after a change that is no import. */
    private ImportService.Preview preview;

    @POST
    public Comparison compare(@QueryParam("seed") long seed, @QueryParam("mines") int mineCount, @QueryParam("quarters") int quarters,
                              @QueryParam("changes") int changes) throws Exception {
        Random random = new Random(seed);
        transaction.begin();
        try {
            // the generated company, one import per mine, and the day's full evaluation, so that every change after is scoped
            for (int m = 1; m <= mineCount; m++) {
                StringBuilder csv = new StringBuilder("mine,period,measure,metal,value,unit\n");
                int first = random.nextInt(4);
                for (int q = first; q < quarters; q++) {
                    if (random.nextInt(10) > 0) {
                        quarter(csv, random, "Oracle Mine " + m, 2020 + q / 4, q % 4 + 1);
                    }
                }
                importCsv(csv.toString());
            }
            for (int q = 0; q < quarters; q += 2) {
                consolidated(random, 2020 + q / 4, q % 4 + 1);
            }
            for (Mine mine : minesOfCompany()) {
                administration.addDesignVersion(mine.id(), LocalDate.of(2019, 1, 1), BigDecimal.valueOf(900 + random.nextInt(600)),
                        Map.of(Metal.AU, BigDecimal.valueOf(86 + random.nextInt(8))), false, "oracle", null);
            }
            int lastYear = 2020 + (quarters - 1) / 4;
            administration.addGuidanceVersion(COMPANY, null, lastYear, Metal.AU, BigDecimal.valueOf(40_000 * mineCount), null, false,
                    LocalDate.of(lastYear, 1, 20), "oracle", null);
            alertService.evaluate();

            List<String> differences = new ArrayList<>();
            // the loader reads from the database the slice EvaluationScope takes from the whole portfolio
            for (Mine mine : minesOfCompany()) {
                EvaluationScope scope = EvaluationScope.builder().mineFigures(mine, ReportingPeriod.quarter(2021, 2)).build();
                Portfolio loaded = portfolios.slice(scope);
                Portfolio reference = scope.slice(portfolios.all());
                if (!loaded.reports().equals(reference.reports())) {
                    differences.add("the slice of " + mine.name() + ": reports " + loaded.reports() + " against " + reference.reports());
                }
                if (!loaded.publishedQuarters().equals(reference.publishedQuarters())) {
                    differences.add("the slice of " + mine.name() + ": quarters " + loaded.publishedQuarters() + " against " + reference.publishedQuarters());
                }
            }
            int compared = 0;
            int raisedByFull = 0;
            int resolvedByFull = 0;
            int previews = 0;
            int previewFindings = 0;
            for (int c = 0; c < changes; c++) {
                Set<String> foundBefore = found();
                preview = null;
                String change = change(random, mineCount, quarters, c);
                Map<String, String> scoped = snapshot();
                var full = alertService.evaluate();
                raisedByFull += full.raised();
                resolvedByFull += full.resolved();
                Map<String, String> judged = snapshot();
                compared += judged.size();
                TreeSet<String> keys = new TreeSet<>(scoped.keySet());
                keys.addAll(judged.keySet());
                for (String key : keys) {
                    if (!Objects.equals(scoped.get(key), judged.get(key))) {
                        differences.add("after " + change + ": " + key + ": scoped " + scoped.get(key) + ", full " + judged.get(key));
                    }
                }
                if (preview != null) {
                    previews++;
                    previewFindings += preview.findings().size();
                    Set<String> foundAfter = found();
                    Set<String> raised = new TreeSet<>(foundAfter);
                    raised.removeAll(foundBefore);
                    Set<String> previewRaised = new TreeSet<>();
                    for (ImportService.PreviewFinding p : preview.findings()) {
                        String subject = subject(p.finding().getRule(), p.finding().getMine(), p.finding().getPeriod(), p.finding().getMetal());
                        if (p.raised()) {
                            previewRaised.add(subject);
                        } else if (!foundBefore.contains(subject) || !foundAfter.contains(subject)) {
                            differences.add("the preview of " + change + " lists as raised already " + subject + ", found before " + foundBefore.contains(subject)
                                    + ", after " + foundAfter.contains(subject));
                        }
                    }
                    if (!previewRaised.equals(raised)) {
                        differences.add("the preview of " + change + " says it raises " + previewRaised + "; the import and a full evaluation raised " + raised);
                    }
                }
            }
            return new Comparison(changes, compared, raisedByFull, resolvedByFull, previews, previewFindings, differences);
        } finally {
            transaction.rollback();
        }
    }

    /** One random change, judged in its scope by the service that makes it; what it was, for a difference to name. */
    private String change(Random random, int mineCount, int quarters, int index) {
        int q = random.nextInt(quarters + 2);
        int year = 2020 + q / 4;
        int quarter = q % 4 + 1;
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                String mine = "Oracle Mine " + (1 + random.nextInt(mineCount));
                StringBuilder csv = new StringBuilder("mine,period,measure,metal,value,unit\n");
                quarter(csv, random, mine, year, quarter);
                previewThenImport(csv.toString());
                return "figures of " + mine + " " + year + "-Q" + quarter;
            }
            case 2 -> {
                String mine = "Oracle New Mine " + index;
                StringBuilder csv = new StringBuilder("mine,period,measure,metal,value,unit\n");
                quarter(csv, random, mine, year, quarter);
                previewThenImport(csv.toString());
                return "a new mine, " + mine + " " + year + "-Q" + quarter;
            }
            case 3 -> {
                previewThenImport(consolidatedCsv(random, year, quarter));
                return "the consolidated figure of " + year + "-Q" + quarter;
            }
            case 4 -> {
                List<Mine> mines = minesOfCompany();
                Mine mine = mines.get(random.nextInt(mines.size()));
                LocalDate from = LocalDate.of(2020, 1, 1).plusDays(120L * (index + 1));
                administration.addDesignVersion(mine.id(), from, BigDecimal.valueOf(900 + random.nextInt(600)),
                        Map.of(Metal.AU, BigDecimal.valueOf(86 + random.nextInt(8))), false, "oracle", null);
                return "a design version of " + mine.name() + " from " + from;
            }
            default -> {
                int guidanceYear = 2020 + random.nextInt(Math.max(1, (quarters + 3) / 4));
                long low = 20_000L * mineCount + random.nextInt(40_000);
                administration.addGuidanceVersion(COMPANY, null, guidanceYear, Metal.AU, BigDecimal.valueOf(low), BigDecimal.valueOf(low + 5_000),
                        false, LocalDate.of(guidanceYear, 2, 1).plusDays(index), "oracle", null);
                return "a guidance version for " + guidanceYear;
            }
        }
    }

    private void quarter(StringBuilder csv, Random random, String mine, int year, int quarter) {
        String period = year + "-Q" + quarter;
        double tpd = 800 + random.nextInt(600);
        long tonnes = Math.round(tpd * 91);
        double grade = 1 + random.nextInt(40) / 10.0;
        int recovery = 80 + random.nextInt(15);
        long gold = Math.round(tonnes * grade * recovery / 100 / 31.1034768 * (random.nextInt(6) == 0 ? 0.6 : 1));
        csv.append(mine).append(',').append(period).append(",tonnes_milled,,").append(tonnes).append(",t\n");
        csv.append(mine).append(',').append(period).append(",tpd,,").append(Math.round(tpd)).append(",t/d\n");
        csv.append(mine).append(',').append(period).append(",grade,AU,").append(grade).append(",g/t\n");
        csv.append(mine).append(',').append(period).append(",recovery,AU,").append(recovery).append(",%\n");
        csv.append(mine).append(',').append(period).append(",production,AU,").append(gold).append(",oz\n");
        csv.append(mine).append(',').append(period).append(",production,AG,").append(gold * (2 + random.nextInt(4))).append(",oz\n");
    }

    private void consolidated(Random random, int year, int quarter) {
        importCsv(consolidatedCsv(random, year, quarter));
    }

    private static String consolidatedCsv(Random random, int year, int quarter) {
        long gold = 10_000L + random.nextInt(60_000);
        return "mine,period,measure,metal,value,unit\n," + year + "-Q" + quarter + ",production,AU," + gold + ",oz\n";
    }

    private void importCsv(String csv) {
        imports.commit(new Source(csv, ImportService.Format.CSV, "oracle.csv", COMPANY), new Consent(true, true, true, true, true));
    }

    /** An import of the random changes: previewed first, as the pages and the API preview it. */
    private void previewThenImport(String csv) {
        preview = imports.preview(new Source(csv, ImportService.Format.CSV, "oracle.csv", COMPANY));
        importCsv(csv);
    }

    /** The alerts found as things stand, each by rule, mine (by name: a new mine has no id in a preview), period and metal. */
    private Set<String> found() {
        Set<String> subjects = new TreeSet<>();
        alerts.findAll().stream().filter(Alert::isCurrentlyFound)
                .forEach(a -> subjects.add(subject(a.rule(), a.mine().map(Mine::name).orElse(null), a.period(), a.metal().orElse(null))));
        return subjects;
    }

    private static String subject(String rule, String mine, String period, String metal) {
        return rule + "|" + (mine == null ? "(company)" : mine) + "|" + period + "|" + (metal == null ? "-" : metal);
    }

    private List<Mine> minesOfCompany() {
        return administration.mines().stream().filter(m -> m.company().name().equals(COMPANY)).toList();
    }

    /** Every alert as it stands: key to status, whether found, severity, sentence and evidence. */
    private Map<String, String> snapshot() {
        Map<String, String> byKey = new TreeMap<>();
        for (Alert a : alerts.findAll()) {
            byKey.put(a.subjectKey(), a.status() + " " + a.isCurrentlyFound() + " " + a.severity() + " " + a.message() + " " + a.evidence());
        }
        return byKey;
    }
}
