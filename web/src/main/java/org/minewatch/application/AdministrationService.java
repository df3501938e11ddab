package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.minewatch.application.ImportService.Format;
import org.minewatch.application.ImportService.Source;
import org.minewatch.application.ThresholdService.Setting;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.design.DesignParametersRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.SourceReference;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;
import org.minewatch.infrastructure.security.PasswordHasher;
import org.minewatch.rules.EvaluationScope;

/**
 * What an administrator maintains: user accounts with their roles and mines, design parameters and guidance
 * (each change a new version, history never edited), thresholds, and a quarter's figures entered by hand,
 * which become CSV in the observation format and go through the importer's own preview and commit. Every
 * method checks that the caller is an administrator, whatever page or call reached it; each runs in one
 * transaction, so a refused change leaves nothing behind; changes the rules read re-evaluate the alerts.
 */
@ApplicationScoped
@Transactional
public class AdministrationService {

    public static final int MINIMUM_PASSWORD_LENGTH = 8;
    public static final int MAXIMUM_PASSWORD_LENGTH = 200;
    /** No plant is designed for more than this (the column holds far more; a typo should not). */
    static final BigDecimal MAXIMUM_THROUGHPUT_TPD = new BigDecimal("1000000");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1," + UserAccount.MAX_USERNAME_LENGTH + "}");
    /** A figure as a release prints it: thousands separated by commas (or not), a point before decimals. */
    public static final String PRINTED_FIGURE = "-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?";
    private static final Pattern PRINTED = Pattern.compile(PRINTED_FIGURE);

    /** One metal's line of a quarter entered by hand: figures as printed, blank when not reported. */
    public record MetalEntry(String grade, String recovery, String production) {
    }

    /** A quarter of one mine entered by hand; each figure as printed ("115,574", "0.35"), blank when not reported. */
    public record QuarterEntry(long mineId, String period, String tonnesMilled, String tpd, Map<Metal, MetalEntry> metals, String sourceName) {
    }

    /** A figure's place in the CSV made from a form: its measure and metal (null for tonnes and tpd). */
    public record Field(Measure measure, Metal metal) {
    }

    /**
     * A quarter entered by hand as the importer reads it: CSV in the observation format, and what each of its
     * lines holds, so that a message about "line 4" can name the form's field instead.
     */
    public record QuarterSource(Source source, List<Field> lines) {
        /** The field of a CSV line (the header is line 1), if it is one. */
        public Optional<Field> field(int line) {
            return line >= 2 && line - 2 < lines.size() ? Optional.of(lines.get(line - 2)) : Optional.empty();
        }
    }

    @Inject
    private CurrentCaller caller;

    @Inject
    private UserAccountRepository users;

    @Inject
    private MineRepository mines;

    @Inject
    private CompanyRepository companies;

    @Inject
    private DesignParametersRepository designs;

    @Inject
    private GuidanceRepository guidance;

    @Inject
    private PasswordHasher passwordHasher;

    @Inject
    private ThresholdService thresholds;

    @Inject
    private AlertService alerts;

    // ---------------------------------------------------------------- users and mine assignments

    public List<UserAccount> users() {
        requireAdmin();
        return users.findAll();
    }

    public List<Mine> mines() {
        requireAdmin();
        return mines.findAll();
    }

    public List<Company> companies() {
        requireAdmin();
        return companies.findAll();
    }

    /** Creates an enabled account with a hashed password, its roles and the mines assigned to it. */
    public UserAccount createUser(String username, String password, Set<Role> roles, Collection<Long> mineIds) {
        requireAdmin();
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new Refused("username", "A username is 1 to 100 letters, digits and . _ @ -, not '" + name + "'", name);
        }
        List<UserAccount> all = users.findAllForUpdate();
        if (all.stream().anyMatch(u -> u.username().equalsIgnoreCase(name))) {
            throw new Refused("usernameTaken", "There is already a user " + name + " (names are compared ignoring case)", name);
        }
        checkPassword(password);
        Set<Role> checkedRoles = checkRoles(roles);
        Set<Mine> assigned = mines(mineIds);
        checkManagerHasMines(checkedRoles, assigned, name);
        UserAccount user = new UserAccount(name, passwordHasher.hash(password), checkedRoles);
        user.assignOnly(assigned);
        users.store(user);
        return user;
    }

    /**
     * Replaces a user's roles and assigned mines. The administrator role cannot be taken from oneself nor
     * from the last enabled administrator. {@code readVersion} is the account's version the change was based
     * on (the users page read it when it opened the user): if the account changed since, the change is
     * refused whole rather than written over the other one.
     */
    public UserAccount changeAccess(String username, long readVersion, Set<Role> roles, Collection<Long> mineIds) {
        requireAdmin();
        List<UserAccount> all = users.findAllForUpdate();
        UserAccount user = find(all, username);
        if (user.version() != readVersion) {
            throw new ConcurrentChangeException("Someone changed " + username + " since you opened it; nothing of your change was stored: "
                    + "read it again and decide again");
        }
        Set<Role> checkedRoles = checkRoles(roles);
        Set<Mine> assigned = mines(mineIds);
        checkManagerHasMines(checkedRoles, assigned, user.username());
        if (user.hasRole(Role.ADMIN) && !checkedRoles.contains(Role.ADMIN)) {
            if (isCaller(user)) {
                throw new Refused("ownAdminRole", "You cannot take the administrator role from yourself: another administrator must");
            }
            requireAnotherEnabledAdmin(all, user);
        }
        user.changeRoles(checkedRoles);
        user.assignOnly(assigned);
        return user;
    }

    /** Disables or enables an account. Nobody disables themselves, and the last enabled administrator stays. */
    public UserAccount setEnabled(String username, boolean enabled) {
        requireAdmin();
        List<UserAccount> all = users.findAllForUpdate();
        UserAccount user = find(all, username);
        if (enabled) {
            user.enable();
            return user;
        }
        if (isCaller(user)) {
            throw new Refused("disableSelf", "You cannot disable your own account: another administrator must");
        }
        if (user.hasRole(Role.ADMIN) && user.isEnabled()) {
            requireAnotherEnabledAdmin(all, user);
        }
        user.disable();
        return user;
    }

    /** Gives a user a new password (hashed; the old one stops working at once, even for remembered API calls). */
    public UserAccount resetPassword(String username, String password) {
        requireAdmin();
        UserAccount user = find(users.findAll(), username);
        checkPassword(password);
        user.changePasswordHash(passwordHasher.hash(password));
        return user;
    }

    private UserAccount find(List<UserAccount> all, String username) {
        return all.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new Refused("unknownUser", "There is no user " + username, username));
    }

    private boolean isCaller(UserAccount user) {
        return user.username().equals(caller.account().username());
    }

    private static void requireAnotherEnabledAdmin(List<UserAccount> all, UserAccount leaving) {
        boolean another = all.stream().anyMatch(u -> !u.equals(leaving) && u.isEnabled() && u.hasRole(Role.ADMIN));
        if (!another) {
            throw new Refused("lastAdmin", leaving.username() + " is the last enabled administrator: make another user an administrator first",
                    leaving.username());
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new Refused("passwordTooShort", "A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters", MINIMUM_PASSWORD_LENGTH);
        }
        if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            throw new Refused("passwordTooLong", "A password has at most " + MAXIMUM_PASSWORD_LENGTH + " characters", MAXIMUM_PASSWORD_LENGTH);
        }
    }

    private static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new Refused("noRole", "Choose at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    /** A mine manager with no mine would see nothing at all: that is a mistake, not a choice. */
    private static void checkManagerHasMines(Set<Role> roles, Set<Mine> assigned, String username) {
        if (roles.equals(EnumSet.of(Role.MINE_MANAGER)) && assigned.isEmpty()) {
            throw new Refused("managerWithoutMine", "A mine manager needs at least one assigned mine (" + username + " would see nothing)", username);
        }
    }

    private Set<Mine> mines(Collection<Long> ids) {
        Set<Mine> found = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> found.add(mine(id)));
        }
        return found;
    }

    private Mine mine(Long id) {
        return Optional.ofNullable(id).flatMap(mines::find)
                .orElseThrow(() -> new Refused("unknownMine", "There is no mine with id " + id, id));
    }

    // ---------------------------------------------------------------- design parameters

    /** A mine's design versions, oldest first. */
    public List<DesignParameters> designVersions(long mineId) {
        requireAdmin();
        return designs.findByMine(mine(mineId));
    }

    /**
     * Adds a design version taking effect after every stored one (the stored ones are history and stay as
     * they are), then re-evaluates the alerts.
     */
    public DesignParameters addDesignVersion(long mineId, LocalDate effectiveFrom, BigDecimal throughputTpd, Map<Metal, BigDecimal> recoveries,
                                             boolean illustrative, String sourceDocument, LocalDate publishedOn) {
        requireAdmin();
        Mine mine = mine(mineId);
        if (effectiveFrom == null) {
            throw new Refused("effectiveFromRequired", "A design version needs the date it takes effect");
        }
        Optional<LocalDate> latest = designs.findByMine(mine).stream().map(DesignParameters::effectiveFrom).max(LocalDate::compareTo);
        if (latest.isPresent() && !effectiveFrom.isAfter(latest.get())) {
            throw new Refused("designNotLater", "A new design version of " + mine.name() + " must take effect after " + latest.get()
                    + ", the date of its latest version: stored versions are never changed", mine.name(), latest.get().toString());
        }
        Map<Metal, BigDecimal> checked = new EnumMap<>(Metal.class);
        if (recoveries != null) {
            recoveries.forEach((metal, recovery) -> {
                if (recovery != null) {
                    if (recovery.signum() <= 0 || recovery.compareTo(BigDecimal.valueOf(100)) > 0) {
                        throw new Refused("designRecoveryRange", "Design recovery of " + metal + " must be more than 0 and at most 100%, not "
                                + recovery.toPlainString(), metal.symbol(), recovery.toPlainString());
                    }
                    checked.put(metal, recovery);
                }
            });
        }
        if (throughputTpd == null && checked.isEmpty()) {
            throw new Refused("designEmpty", "A design version needs a throughput or at least one recovery");
        }
        if (throughputTpd != null && (throughputTpd.signum() <= 0 || throughputTpd.compareTo(MAXIMUM_THROUGHPUT_TPD) > 0)) {
            throw new Refused("throughputRange", "Design throughput must be more than 0 and at most 1,000,000 tpd, not " + throughputTpd.toPlainString(),
                    throughputTpd.toPlainString());
        }
        DesignParameters version = new DesignParameters(mine, effectiveFrom, throughputTpd, checked, illustrative, source(sourceDocument, publishedOn));
        designs.store(version);
        alerts.evaluate(EvaluationScope.builder().design(mine).build());
        return version;
    }

    // ---------------------------------------------------------------- guidance

    /** Every version of every guidance of a company, company and mine level: by year, metal, announcement. */
    public List<Guidance> guidanceVersions(String companyName) {
        requireAdmin();
        return guidance.findAll(company(companyName));
    }

    /**
     * Adds a guidance version, for the company ({@code mineId} null) or one of its mines: a point ({@code high}
     * null or equal to {@code low}), a range, or a withdrawal. It must be announced after the latest version
     * of the same guidance; stored versions are never changed. Re-evaluates the alerts.
     */
    public Guidance addGuidanceVersion(String companyName, Long mineId, int year, Metal metal, BigDecimal low, BigDecimal high, boolean withdrawn,
                                       LocalDate announcedOn, String sourceDocument, LocalDate publishedOn) {
        requireAdmin();
        Company company = company(companyName);
        Mine mine = mineId == null ? null : mine(mineId);
        if (mine != null && !mine.company().equals(company)) {
            throw new Refused("mineOfAnotherCompany", mine.name() + " is not a mine of " + company.name(), mine.name(), company.name());
        }
        if (year < 1900 || year > 2999) {
            throw new Refused("yearRange", "A guidance year is from 1900 to 2999, not " + year, String.valueOf(year));
        }
        if (metal == null) {
            throw new Refused("metalRequired", "Choose the metal of the guidance");
        }
        if (announcedOn == null) {
            throw new Refused("announcedOnRequired", "A guidance version needs the date it was announced");
        }
        List<Guidance> sameSubject = guidance.findByYear(company, year).stream()
                .filter(g -> g.metal() == metal && Objects.equals(g.mine().orElse(null), mine)).toList();
        Optional<LocalDate> latest = sameSubject.stream().map(Guidance::announcedOn).max(LocalDate::compareTo);
        String subject = (mine == null ? company.name() : mine.name()) + " " + year + " " + metal.symbol();
        if (latest.isPresent() && !announcedOn.isAfter(latest.get())) {
            throw new Refused("guidanceNotLater", "A new version of the " + subject + " guidance must be announced after " + latest.get()
                    + ", the date of its latest version: stored versions are never changed", subject, latest.get().toString());
        }
        SourceReference source = source(sourceDocument, publishedOn);
        Guidance version;
        if (withdrawn) {
            if (sameSubject.isEmpty()) {
                throw new Refused("nothingToWithdraw", "There is no " + subject + " guidance to withdraw", subject);
            }
            version = Guidance.withdrawal(company, mine, year, metal, announcedOn, source);
        } else {
            BigDecimal top = high == null ? low : high;
            if (low == null || low.signum() <= 0 || low.compareTo(top) > 0) {
                throw new Refused("guidanceAmounts", "Guidance needs an amount above 0 (and a high end, if any, not below the low end)");
            }
            version = low.compareTo(top) == 0
                    ? Guidance.point(company, mine, year, metal, low, announcedOn, source)
                    : Guidance.range(company, mine, year, metal, low, top, announcedOn, source);
        }
        guidance.store(version);
        alerts.evaluate(EvaluationScope.builder().guidance(company, year).build());
        return version;
    }

    private Company company(String name) {
        return companies.findAll().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new Refused("unknownCompany", "There is no company " + name, name));
    }

    private static SourceReference source(String document, LocalDate publishedOn) {
        if (document == null || document.isBlank()) {
            throw new Refused("sourceRequired", "Name the source of the figures (a release, a study, a board decision)");
        }
        if (document.strip().length() > 500) {
            throw new Refused("sourceTooLong", "A source's name is at most 500 characters");
        }
        return new SourceReference(document.strip(), publishedOn);
    }

    // ---------------------------------------------------------------- thresholds

    /** Every threshold with its value in force, its default, unit and meaning. */
    public List<Setting> thresholds() {
        requireAdmin();
        return thresholds.settings();
    }

    /** Changes thresholds, all or none, and re-evaluates (the same path as the REST API). */
    public List<Setting> changeThresholds(Map<String, BigDecimal> changes, Map<String, Long> readVersions) {
        requireAdmin();
        return thresholds.update(changes, readVersions);
    }

    // ---------------------------------------------------------------- a quarter entered by hand

    /**
     * A quarter entered in a form as the importer's CSV: one line per figure filled in, the figure as typed.
     * Nothing is judged here beyond the form's own shape (a mine, a quarter, figures written as printed):
     * the importer's preview and commit judge the figures, exactly as they judge a release or a file.
     */
    public QuarterSource quarterSource(QuarterEntry entry) {
        requireAdmin();
        Mine mine = mine(entry.mineId());
        ReportingPeriod period = ReportingPeriod.parse(entry.period());
        if (period.kind() != PeriodKind.QUARTER) {
            throw new Refused("notAQuarter", "The period must be a quarter, such as 2011-Q3, not " + entry.period().strip(), entry.period().strip());
        }
        StringBuilder csv = new StringBuilder("mine,period,measure,metal,value,unit\n");
        List<Field> lines = new ArrayList<>();
        line(csv, lines, mine, period, Measure.TONNES_MILLED, null, entry.tonnesMilled());
        line(csv, lines, mine, period, Measure.TPD, null, entry.tpd());
        for (Metal metal : Metal.values()) {
            MetalEntry figures = entry.metals() == null ? null : entry.metals().get(metal);
            if (figures != null) {
                line(csv, lines, mine, period, Measure.GRADE, metal, figures.grade());
                line(csv, lines, mine, period, Measure.RECOVERY, metal, figures.recovery());
                line(csv, lines, mine, period, Measure.PRODUCTION, metal, figures.production());
            }
        }
        String name = entry.sourceName() == null || entry.sourceName().isBlank()
                ? "Entered by hand by " + caller.account().username() + " on " + LocalDate.now()
                : entry.sourceName().strip();
        if (name.length() > 200) {
            throw new Refused("sourceTooLong", "A source's name is at most 200 characters");
        }
        return new QuarterSource(new Source(csv.toString(), Format.CSV, name, mine.company().name()), List.copyOf(lines));
    }

    private static void line(StringBuilder csv, List<Field> lines, Mine mine, ReportingPeriod period, Measure measure, Metal metal, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String printed = value.strip();
        if (!PRINTED.matcher(printed).matches()) {
            throw new Refused("figureFormat", measure.code() + (metal == null ? "" : " " + metal.symbol()) + ": '" + printed
                    + "' is not a figure as printed; write it with a point before decimals, as 0.35 or 115,574",
                    measure.code(), metal == null ? "" : metal.symbol(), printed);
        }
        csv.append(quoted(mine.name())).append(',').append(period.code()).append(',').append(measure.code()).append(',')
                .append(metal == null ? "" : metal.name()).append(',').append(quoted(printed)).append(',')
                .append(measure.unit(metal).symbol()).append('\n');
        lines.add(new Field(measure, metal));
    }

    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private void requireAdmin() {
        if (!caller.account().roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may do this");
        }
    }
}
