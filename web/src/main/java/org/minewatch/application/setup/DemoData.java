package org.minewatch.application.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.design.DesignParametersRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ProductionRepository;
import org.minewatch.domain.model.production.SourceReference;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;
import org.minewatch.application.ImportService;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.security.PasswordHasher;

/**
 * Loads the demo data into an empty database, in one transaction: from {@code demo/fortuna.json} the company,
 * its mines, their design parameters, the guidance and the demo users; then Fortuna's release texts under
 * {@code demo/releases}, through the same import a data steward uses. Only the embedded default gets it; a
 * configured database starts empty.
 */
@ApplicationScoped
public class DemoData {

    public static final String RESOURCE = "/demo/fortuna.json";
    public static final String ACTOR = "demo data";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private CompanyRepository companies;
    private MineRepository mines;
    private ProductionRepository production;
    private DesignParametersRepository designs;
    private GuidanceRepository guidance;
    private UserAccountRepository users;
    private PasswordHasher passwordHasher;
    private ImportService importService;

    protected DemoData() {
        // for CDI
    }

    @Inject
    public DemoData(CompanyRepository companies, MineRepository mines, ProductionRepository production, DesignParametersRepository designs,
                    GuidanceRepository guidance, UserAccountRepository users, PasswordHasher passwordHasher, ImportService importService) {
        this.companies = companies;
        this.mines = mines;
        this.production = production;
        this.designs = designs;
        this.guidance = guidance;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.importService = importService;
    }

    /** Whether the database holds nothing yet, neither figures nor users. */
    @Transactional
    public boolean databaseIsEmpty() {
        return companies.findAll().isEmpty() && users.count() == 0;
    }

    /** Loads the demo data: the base, then the releases through the importer. Call only on an empty database. */
    @Transactional
    public void load() {
        JsonObject demo = loadBase();
        for (JsonObject release : demo.getJsonArray("releases").getValuesAs(JsonObject.class)) {
            String text = resource("/" + release.getString("resource"));
            // each release's import logs itself (event=import.committed) once the whole load commits
            importService.commitAs(ACTOR,
                    new ImportService.Source(text, ImportService.Format.RELEASE_TEXT, release.getString("source"), demo.getString("company")),
                    false, false);
            annotate(release.getJsonArray("footnotes"));
        }
        LOG.info(LogEvent.of("startup.demo-data").with("releases", demo.getJsonArray("releases").size()).with("label", demo.getString("label"))
                .toString());
    }

    /**
     * The demo data but the releases' figures: company, mines, design parameters, guidance and demo users.
     * Returns the demo file, whose releases the caller imports.
     */
    public JsonObject loadBase() {
        JsonObject demo;
        try (JsonReader reader = Json.createReader(new java.io.StringReader(resource(RESOURCE)))) {
            demo = reader.readObject();
        }
        Company company = new Company(demo.getString("company"));
        companies.store(company);

        Map<String, Mine> minesByName = new HashMap<>();
        for (JsonValue value : demo.getJsonArray("mines")) {
            JsonObject m = value.asJsonObject();
            Set<Metal> commodities = m.getJsonArray("commodities").getValuesAs(JsonString.class).stream()
                    .map(s -> Metal.parse(s.getString())).collect(Collectors.toCollection(() -> EnumSet.noneOf(Metal.class)));
            Mine mine = new Mine(company, m.getString("name"), m.getString("country"), commodities);
            if (m.containsKey("commercialProductionStart")) {
                mine.declareCommercialProduction(LocalDate.parse(m.getString("commercialProductionStart")));
            }
            mines.store(mine);
            minesByName.put(mine.name(), mine);
        }

        for (JsonValue value : demo.getJsonArray("designParameters")) {
            JsonObject d = value.asJsonObject();
            Map<Metal, BigDecimal> recoveries = new EnumMap<>(Metal.class);
            d.getJsonObject("recoveries").forEach((metal, recovery) ->
                    recoveries.put(Metal.parse(metal), ((JsonNumber) recovery).bigDecimalValue()));
            designs.store(new DesignParameters(required(minesByName, d.getString("mine")), LocalDate.parse(d.getString("effectiveFrom")),
                    d.getJsonNumber("throughputTpd").bigDecimalValue(), recoveries, d.getBoolean("illustrative"), source(d)));
        }

        for (JsonValue value : demo.getJsonArray("guidance")) {
            JsonObject g = value.asJsonObject();
            Mine mine = g.isNull("mine") ? null : required(minesByName, g.getString("mine"));
            guidance.store(Guidance.point(company, mine, g.getInt("year"), Metal.parse(g.getString("metal")),
                    g.getJsonNumber("amount").bigDecimalValue(), LocalDate.parse(g.getString("announcedOn")), source(g)));
        }

        JsonObject demoUsers = demo.getJsonObject("users");
        String password = demoUsers.getString("password");
        for (JsonValue value : demoUsers.getJsonArray("accounts")) {
            JsonObject u = value.asJsonObject();
            Set<Role> roles = u.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                    .map(s -> Role.valueOf(s.getString())).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            UserAccount user = new UserAccount(u.getString("username"), passwordHasher.hash(password), roles);
            u.getJsonArray("mines").getValuesAs(JsonString.class).forEach(s -> user.assign(required(minesByName, s.getString())));
            users.store(user);
        }
        return demo;
    }

    private static String resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attaches a release's footnotes (and what a recovery is measured on) to the metal lines they qualify. */
    private void annotate(JsonArray footnotes) {
        for (JsonObject note : footnotes.getValuesAs(JsonObject.class)) {
            Metal metal = Metal.parse(note.getString("metal"));
            for (Mine mine : mines.findByName(note.getString("mine"))) {
                for (JsonString period : note.getJsonArray("periods").getValuesAs(JsonString.class)) {
                    production.find(mine, ReportingPeriod.parse(period.getString())).flatMap(r -> r.metal(metal))
                            .ifPresent(line -> line.annotate(note.getString("footnote")).recoveryMeasuredAs(note.getString("recoveryBasis", null)));
                }
            }
        }
    }

    private static SourceReference source(JsonObject o) {
        return new SourceReference(o.getString("source"), o.containsKey("publishedOn") ? LocalDate.parse(o.getString("publishedOn")) : null);
    }

    private static Mine required(Map<String, Mine> mines, String name) {
        Mine mine = mines.get(name);
        if (mine == null) {
            throw new IllegalArgumentException("Demo data names an unknown mine: " + name);
        }
        return mine;
    }
}
