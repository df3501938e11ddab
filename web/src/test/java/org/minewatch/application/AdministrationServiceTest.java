package org.minewatch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.application.AdministrationService.MetalEntry;
import org.minewatch.application.AdministrationService.QuarterEntry;
import org.minewatch.application.AdministrationService.QuarterSource;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.design.DesignParametersRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.SourceReference;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.release.ObservationCsv;
import org.minewatch.domain.release.ParsedFigure;
import org.minewatch.infrastructure.security.PasswordHasher;
import org.minewatch.rules.EvaluationScope;

/**
 * The administration rules, without a server: who may do what, the last administrator, versions only ever
 * added after the latest, and a quarter from a form turned into the importer's CSV.
 */
class AdministrationServiceTest {

    private final PasswordHasher hasher = new PasswordHasher();
    private final List<UserAccount> users = new ArrayList<>();
    private final List<DesignParameters> designs = new ArrayList<>();
    private final List<Guidance> guidance = new ArrayList<>();
    private final Company fortuna = new Company("Fortuna Silver Mines");
    private final Company other = new Company("Other Mining");
    private final Mine caylloma = withId(new Mine(fortuna, "Caylloma", "PE", EnumSet.of(Metal.AG, Metal.AU, Metal.PB, Metal.ZN)), 1L);
    private final Mine sanJose = withId(new Mine(fortuna, "San Jose", "MX", EnumSet.of(Metal.AG, Metal.AU)), 2L);
    private final Mine elsewhere = withId(new Mine(other, "Far, Away", "CL", EnumSet.of(Metal.CU)), 3L);
    private UserAccount signedIn;
    private int evaluations;
    private final List<EvaluationScope> scopes = new ArrayList<>();
    private AdministrationService service;

    @BeforeEach
    void anAdministratorIsSignedIn() {
        users.add(new UserAccount("admin", hasher.hash("minewatch"), EnumSet.of(Role.ADMIN)));
        users.add(new UserAccount("executive", hasher.hash("minewatch"), EnumSet.of(Role.EXECUTIVE)));
        signedIn = users.get(0);
        designs.add(new DesignParameters(sanJose, LocalDate.of(2011, 9, 1), new BigDecimal("1000"), Map.of(Metal.AU, new BigDecimal("90")), false,
                new SourceReference("release of 2011-09-01", null)));
        guidance.add(Guidance.point(fortuna, sanJose, 2011, Metal.AG, new BigDecimal("520000"), LocalDate.of(2011, 9, 1),
                new SourceReference("release of 2011-09-01", null)));
        service = new AdministrationService();
        set(service, "caller", new CurrentCaller() {
            @Override
            public UserAccount account() {
                return signedIn;
            }
        });
        set(service, "users", new InMemoryUserAccounts(users));
        set(service, "mines", new InMemoryMines());
        set(service, "companies", new InMemoryCompanies());
        set(service, "designs", new InMemoryDesigns());
        set(service, "guidance", new InMemoryGuidance());
        set(service, "passwordHasher", hasher);
        set(service, "alerts", new AlertService() {
            @Override
            public EvaluationSummary evaluate() {
                evaluations++;
                return new EvaluationSummary(0, 0, 0, 0, 0);
            }

            @Override
            public EvaluationSummary evaluate(EvaluationScope scope) {
                scopes.add(scope);
                return evaluate();
            }
        });
    }

    private static String reason(Runnable call) {
        try {
            call.run();
        } catch (Refused refused) {
            return refused.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void only_an_administrator_may_administer() {
        signedIn = users.get(1);
        assertThatThrownBy(() -> service.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createUser("x.y", "long-enough", Set.of(Role.ADMIN), List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled("admin", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addDesignVersion(1L, LocalDate.of(2030, 1, 1), BigDecimal.TEN, Map.of(), false, "s", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.quarterSource(new QuarterEntry(1L, "2012-Q2", "1", null, Map.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users).extracting(UserAccount::isEnabled).containsOnly(true);
    }

    @Test
    void a_user_is_created_with_a_hashed_password_roles_and_mines() {
        UserAccount created = service.createUser(" supervisor.peru ", "caylloma-2012", Set.of(Role.MINE_MANAGER), List.of(1L));
        assertThat(created.username()).isEqualTo("supervisor.peru");
        assertThat(created.passwordHash()).doesNotContain("caylloma-2012");
        assertThat(hasher.verify("caylloma-2012", created.passwordHash())).isTrue();
        assertThat(created.roles()).containsExactly(Role.MINE_MANAGER);
        assertThat(created.assignedMines()).containsExactly(caylloma);
        assertThat(users).contains(created);
    }

    @Test
    void a_new_user_is_refused_with_the_reason_named() {
        assertThat(reason(() -> service.createUser("Admin", "long-enough", Set.of(Role.ADMIN), List.of()))).isEqualTo("usernameTaken");
        assertThat(reason(() -> service.createUser("a b", "long-enough", Set.of(Role.ADMIN), List.of()))).isEqualTo("username");
        assertThat(reason(() -> service.createUser("new.one", "short", Set.of(Role.ADMIN), List.of()))).isEqualTo("passwordTooShort");
        assertThat(reason(() -> service.createUser("new.one", "long-enough", Set.of(), List.of()))).isEqualTo("noRole");
        assertThat(reason(() -> service.createUser("new.one", "long-enough", Set.of(Role.MINE_MANAGER), List.of()))).isEqualTo("managerWithoutMine");
        assertThat(reason(() -> service.createUser("new.one", "long-enough", Set.of(Role.MINE_MANAGER), List.of(99L)))).isEqualTo("unknownMine");
        assertThat(users).hasSize(2);
    }

    @Test
    void an_administrator_neither_disables_themselves_nor_drops_their_own_role() {
        assertThat(reason(() -> service.setEnabled("admin", false))).isEqualTo("disableSelf");
        assertThat(reason(() -> service.changeAccess("admin", 0, Set.of(Role.EXECUTIVE), List.of()))).isEqualTo("ownAdminRole");
        assertThat(users.get(0).isEnabled()).isTrue();
        assertThat(users.get(0).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void the_last_enabled_administrator_stays_one() {
        // the caller's own account was disabled a moment ago by the other administrator
        UserAccount other = service.createUser("admin2", "long-enough", Set.of(Role.ADMIN), List.of());
        users.get(0).disable();
        assertThat(reason(() -> service.setEnabled("admin2", false))).isEqualTo("lastAdmin");
        assertThat(reason(() -> service.changeAccess("admin2", 0, Set.of(Role.EXECUTIVE), List.of()))).isEqualTo("lastAdmin");
        assertThat(other.isEnabled()).isTrue();
        assertThat(other.roles()).containsExactly(Role.ADMIN);

        users.get(0).enable();
        service.setEnabled("admin2", false);
        assertThat(other.isEnabled()).isFalse();
        service.setEnabled("admin2", true);
        service.changeAccess("admin2", 0, Set.of(Role.EXECUTIVE, Role.MINE_MANAGER), List.of(2L));
        assertThat(other.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.MINE_MANAGER);
        assertThat(other.assignedMines()).containsExactly(sanJose);
    }

    @Test
    void a_change_of_access_based_on_an_account_changed_since_is_refused_whole() {
        UserAccount manager = service.createUser("manager.two", "long-enough", Set.of(Role.MINE_MANAGER), List.of(2L));
        // another administrator saved a change of this account after this one opened it (version 0): the store moved it
        set(manager, "version", 1L);

        assertThatThrownBy(() -> service.changeAccess("manager.two", 0, Set.of(Role.EXECUTIVE), List.of()))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("manager.two");
        assertThat(manager.roles()).containsExactly(Role.MINE_MANAGER);
        assertThat(manager.assignedMines()).containsExactly(sanJose);

        service.changeAccess("manager.two", 1, Set.of(Role.EXECUTIVE), List.of());
        assertThat(manager.roles()).containsExactly(Role.EXECUTIVE);
    }

    @Test
    void a_reset_password_replaces_the_hash() {
        String before = users.get(1).passwordHash();
        assertThat(reason(() -> service.resetPassword("executive", "1234567"))).isEqualTo("passwordTooShort");
        assertThat(users.get(1).passwordHash()).isEqualTo(before);
        service.resetPassword("executive", "a-new-password");
        assertThat(hasher.verify("a-new-password", users.get(1).passwordHash())).isTrue();
        assertThat(hasher.verify("minewatch", users.get(1).passwordHash())).isFalse();
    }

    @Test
    void a_design_version_is_added_after_the_latest_only_and_re_evaluates() {
        assertThat(reason(() -> service.addDesignVersion(2L, LocalDate.of(2011, 9, 1), new BigDecimal("1500"), Map.of(), false, "expansion", null)))
                .isEqualTo("designNotLater");
        assertThat(reason(() -> service.addDesignVersion(2L, LocalDate.of(2013, 10, 1), null, Map.of(), false, "expansion", null)))
                .isEqualTo("designEmpty");
        assertThat(reason(() -> service.addDesignVersion(2L, LocalDate.of(2013, 10, 1), null, Map.of(Metal.AU, new BigDecimal("101")), false,
                "expansion", null))).isEqualTo("designRecoveryRange");
        assertThat(reason(() -> service.addDesignVersion(2L, LocalDate.of(2013, 10, 1), new BigDecimal("1500"), Map.of(), false, " ", null)))
                .isEqualTo("sourceRequired");
        assertThat(designs).hasSize(1);
        assertThat(evaluations).isZero();

        DesignParameters added = service.addDesignVersion(2L, LocalDate.of(2013, 10, 1), new BigDecimal("1500"), Map.of(Metal.AU, new BigDecimal("90")),
                false, "Q3 2011 release", LocalDate.of(2011, 10, 24));
        assertThat(designs).hasSize(2).last().isSameAs(added);
        assertThat(designs.get(0).throughput()).contains(new BigDecimal("1000"));
        assertThat(evaluations).isOne();
        // judged in its scope: the mine's findings, and its company's guidance of any year (the design caps the projections)
        Mine mine = designs.get(0).mine();
        assertThat(scopes).singleElement().satisfies(scope -> {
            assertThat(scope.mines()).containsExactly(mine);
            assertThat(scope.settlesGuidance(mine.company(), 2011)).isTrue();
            assertThat(scope.settlesGuidance(mine.company(), 2030)).isTrue();
        });
    }

    @Test
    void a_guidance_version_is_announced_after_the_latest_only_and_re_evaluates() {
        LocalDate earlier = LocalDate.of(2011, 8, 1);
        assertThat(reason(() -> service.addGuidanceVersion("Fortuna Silver Mines", 2L, 2011, Metal.AG, new BigDecimal("500000"), null, false, earlier,
                "revision", null))).isEqualTo("guidanceNotLater");
        assertThat(reason(() -> service.addGuidanceVersion("Fortuna Silver Mines", 3L, 2011, Metal.CU, BigDecimal.TEN, null, false,
                LocalDate.of(2011, 10, 1), "revision", null))).isEqualTo("mineOfAnotherCompany");
        assertThat(reason(() -> service.addGuidanceVersion("Fortuna Silver Mines", null, 2011, Metal.AU, null, null, true, LocalDate.of(2011, 10, 1),
                "withdrawal", null))).isEqualTo("nothingToWithdraw");
        assertThat(reason(() -> service.addGuidanceVersion("Fortuna Silver Mines", null, 2011, Metal.AU, new BigDecimal("8000"), new BigDecimal("7000"),
                false, LocalDate.of(2011, 10, 1), "range", null))).isEqualTo("guidanceAmounts");
        assertThat(guidance).hasSize(1);

        Guidance range = service.addGuidanceVersion("Fortuna Silver Mines", 2L, 2011, Metal.AG, new BigDecimal("480000"), new BigDecimal("500000"),
                false, LocalDate.of(2011, 11, 10), "revision", null);
        assertThat(range.isRange()).isTrue();
        Guidance withdrawal = service.addGuidanceVersion("Fortuna Silver Mines", 2L, 2011, Metal.AG, null, null, true, LocalDate.of(2011, 12, 1),
                "withdrawal", null);
        assertThat(withdrawal.isWithdrawn()).isTrue();
        Guidance company = service.addGuidanceVersion("Fortuna Silver Mines", null, 2011, Metal.AU, new BigDecimal("7530"), null, false,
                LocalDate.of(2011, 10, 24), "Q3 2011 release", null);
        assertThat(company.mine()).isEmpty();
        assertThat(company.isRange()).isFalse();
        assertThat(guidance).hasSize(4);
        assertThat(evaluations).isEqualTo(3);
        // judged in its scope: the company's guidance of that year, no mine's other findings
        assertThat(scopes).hasSize(3).allSatisfy(scope -> {
            assertThat(scope.mines()).isEmpty();
            assertThat(scope.settlesGuidance(company.company(), 2011)).isTrue();
            assertThat(scope.settlesGuidance(company.company(), 2012)).isFalse();
        });
    }

    @Test
    void a_quarter_from_the_form_becomes_the_importers_csv_with_each_line_named() {
        QuarterSource quarter = service.quarterSource(new QuarterEntry(1L, " 2011-Q3 ", "115,574", "1,270",
                Map.of(Metal.AG, new MetalEntry("186", "81", "559,959"), Metal.AU, new MetalEntry("0.35", "", null)), "Q3 2011 release"));
        assertThat(quarter.source().format()).isEqualTo(ImportService.Format.CSV);
        assertThat(quarter.source().company()).isEqualTo("Fortuna Silver Mines");
        assertThat(quarter.source().name()).isEqualTo("Q3 2011 release");
        assertThat(quarter.source().text()).isEqualTo("""
                mine,period,measure,metal,value,unit
                "Caylloma",2011-Q3,tonnes_milled,,"115,574",t
                "Caylloma",2011-Q3,tpd,,"1,270",t/d
                "Caylloma",2011-Q3,grade,AG,"186",g/t
                "Caylloma",2011-Q3,recovery,AG,"81",%
                "Caylloma",2011-Q3,production,AG,"559,959",oz
                "Caylloma",2011-Q3,grade,AU,"0.35",g/t
                """);
        assertThat(quarter.field(5)).contains(new AdministrationService.Field(Measure.RECOVERY, Metal.AG));
        assertThat(quarter.field(1)).isEmpty();
        assertThat(quarter.field(8)).isEmpty();
        // the importer's own parser reads it back exactly, resolution included
        List<ParsedFigure> figures = ObservationCsv.parse(quarter.source().text()).figures();
        assertThat(figures).hasSize(6);
        assertThat(figures.get(0).figure().value()).isEqualByComparingTo("115574");
        assertThat(figures.get(5).figure().resolution()).isEqualByComparingTo("0.01");
    }

    @Test
    void a_quarter_form_is_refused_for_what_is_not_a_quarter_or_not_a_figure() {
        assertThat(reason(() -> service.quarterSource(new QuarterEntry(1L, "2011-9M", "1", null, Map.of(), null)))).isEqualTo("notAQuarter");
        assertThat(reason(() -> service.quarterSource(new QuarterEntry(1L, "2011-Q3", null, null,
                Map.of(Metal.AU, new MetalEntry("0,35", null, null)), null)))).isEqualTo("figureFormat");
        assertThatThrownBy(() -> service.quarterSource(new QuarterEntry(1L, "2011-Q5", null, null, Map.of(), null)))
                .hasMessageContaining("a quarter is 1 to 4, not 5");
        QuarterSource quoted = service.quarterSource(new QuarterEntry(3L, "2012-Q1", "-5", null, Map.of(), ""));
        // the importer, not the form, says that tonnes cannot be negative; a name with a comma stays one field
        assertThat(quoted.source().text()).endsWith("\"Far, Away\",2012-Q1,tonnes_milled,,\"-5\",t\n");
        assertThat(quoted.source().name()).startsWith("Entered by hand by admin on ");
        assertThat(ObservationCsv.parse(quoted.source().text()).figures()).singleElement().satisfies(f -> assertThat(f.mine()).isEqualTo("Far, Away"));
    }

    // ---------------------------------------------------------------- fakes of the repositories

    private static Mine withId(Mine mine, long id) {
        set(mine, "id", id);
        return mine;
    }

    /** What CDI or JPA would set: the services' collaborators, an entity's id or version. */
    static void set(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("No field " + name + " in " + target.getClass());
    }

    private final class InMemoryMines implements MineRepository {
        @Override
        public Optional<Mine> find(long id) {
            return findAll().stream().filter(m -> m.id() == id).findFirst();
        }

        @Override
        public List<Mine> findByName(String name) {
            return findAll().stream().filter(m -> m.name().equalsIgnoreCase(name)).toList();
        }

        @Override
        public List<Mine> findAll() {
            return List.of(caylloma, sanJose, elsewhere);
        }

        @Override
        public void store(Mine mine) {
            throw new UnsupportedOperationException();
        }
    }

    private final class InMemoryCompanies implements CompanyRepository {
        @Override
        public Optional<Company> findByName(String name) {
            return findAll().stream().filter(c -> c.name().equals(name)).findFirst();
        }

        @Override
        public List<Company> findAll() {
            return List.of(fortuna, other);
        }

        @Override
        public void store(Company company) {
            throw new UnsupportedOperationException();
        }
    }

    private final class InMemoryDesigns implements DesignParametersRepository {
        @Override
        public List<DesignParameters> findByMine(Mine mine) {
            return designs.stream().filter(d -> d.mine().equals(mine)).toList();
        }

        @Override
        public List<DesignParameters> findAll() {
            return List.copyOf(designs);
        }

        @Override
        public void store(DesignParameters designParameters) {
            designs.add(designParameters);
        }
    }

    private final class InMemoryGuidance implements GuidanceRepository {
        @Override
        public List<Guidance> findByYear(Company company, int year) {
            return guidance.stream().filter(g -> g.company().equals(company) && g.year() == year).toList();
        }

        @Override
        public List<Guidance> findAll(Company company) {
            return guidance.stream().filter(g -> g.company().equals(company)).toList();
        }

        @Override
        public void store(Guidance version) {
            guidance.add(version);
        }
    }
}
