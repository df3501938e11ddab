package org.minewatch.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.minewatch.application.setup.DemoData;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.SourceReference;
import org.minewatch.domain.model.settings.ThresholdSetting;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.infrastructure.persistence.SchemaMigration;
import org.minewatch.infrastructure.persistence.TestDatabase;
import org.minewatch.infrastructure.security.PasswordHasher;

/**
 * The JPA repositories on the schema the Flyway migrations build, on H2 and on PostgreSQL alike: the demo
 * data goes in and every figure of the seed comes back out, with its units and printed precision.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class RepositoriesTest {

    @Parameter
    TestDatabase.Kind kind;

    private TestDatabase database;
    private final PasswordHasher passwordHasher = new PasswordHasher();

    @BeforeEach
    void migrateAndLoadTheDemoData() throws Exception {
        database = new TestDatabase(kind);
        assertThat(SchemaMigration.migrate(database.dataSource()).migrationsExecuted).isPositive();
        // the demo's base data, and the seed's figures as the importer would store them
        inTransaction(em -> {
            demoData(em).loadBase();
            JpaMineRepository mines = new JpaMineRepository(em);
            JpaProductionRepository production = new JpaProductionRepository(em);
            Company fortuna = new JpaCompanyRepository(em).findByName("Fortuna Silver Mines").orElseThrow();
            SeedRelease seed = new SeedRelease();
            seed.figures.reports(name -> mines.findByName(name).get(0)).forEach(report -> {
                if (report.mine().name().equals("Caylloma")) {
                    report.metal(Metal.AG).ifPresent(line -> line.annotate("(*) Caylloma mine Ag recovery in Pb concentrate")
                            .recoveryMeasuredAs("Ag recovery in Pb concentrate"));
                }
                production.store(report);
            });
            seed.figures.consolidated(fortuna).forEach(production::store);
        });
    }

    @AfterEach
    void dropTheDatabase() throws Exception {
        database.close();
    }

    private DemoData demoData(EntityManager em) {
        return new DemoData(new JpaCompanyRepository(em), new JpaMineRepository(em), new JpaProductionRepository(em),
                new JpaDesignParametersRepository(em), new JpaGuidanceRepository(em), new JpaUserAccountRepository(em), passwordHasher, null);
    }

    private void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private <T> T read(java.util.function.Function<EntityManager, T> query) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    @Test
    void migrating_again_changes_nothing() {
        assertThat(SchemaMigration.migrate(database.dataSource()).migrationsExecuted).isZero();
        boolean empty = read(em -> demoData(em).databaseIsEmpty());
        assertThat(empty).isFalse();
    }

    @Test
    void every_figure_of_the_seed_comes_back_with_its_unit() {
        List<Observation> stored = read(em -> {
            JpaMineRepository mines = new JpaMineRepository(em);
            JpaProductionRepository production = new JpaProductionRepository(em);
            List<Observation> all = new ArrayList<>();
            production.findReports(mines.findAll(), null).forEach(r -> all.addAll(r.observations()));
            Company fortuna = new JpaCompanyRepository(em).findByName("Fortuna Silver Mines").orElseThrow();
            production.findConsolidated(fortuna, null).forEach(c -> all.add(c.observation()));
            return all;
        });
        assertThat(stored).hasSize(52).containsExactlyInAnyOrderElementsOf(new SeedRelease().figures.observations());
    }

    @Test
    void a_period_filter_selects_that_period_only() {
        List<ProductionReport> nineMonths = read(em -> new JpaProductionRepository(em)
                .findReports(new JpaMineRepository(em).findAll(), SeedRelease.NINE_MONTHS_2011));
        assertThat(nineMonths).extracting(ProductionReport::toString).containsExactly("Caylloma 2011-9M", "San Jose 2011-9M");
    }

    @Test
    void figures_keep_their_printed_resolution() {
        ReportedFigure gold = read(em -> {
            Mine caylloma = new JpaMineRepository(em).findByName("caylloma").get(0);
            return new JpaProductionRepository(em).find(caylloma, SeedRelease.Q3_2011).orElseThrow()
                    .metal(Metal.AU).orElseThrow().grade().orElseThrow();
        });
        assertThat(gold.value()).isEqualByComparingTo("0.35");
        assertThat(gold.resolution()).isEqualByComparingTo("0.01");
    }

    @Test
    void a_footnote_and_the_recovery_basis_are_kept_with_their_metal_line() {
        for (ReportingPeriod period : List.of(SeedRelease.Q3_2011, SeedRelease.NINE_MONTHS_2011)) {
            MetalResult silver = read(em -> new JpaProductionRepository(em)
                    .find(new JpaMineRepository(em).findByName("Caylloma").get(0), period).orElseThrow().metal(Metal.AG).orElseThrow());
            assertThat(silver.footnote()).contains("(*) Caylloma mine Ag recovery in Pb concentrate");
            assertThat(silver.recoveryBasis()).contains("Ag recovery in Pb concentrate");
            assertThat(silver.isProvisional()).isFalse();
        }
        MetalResult sanJoseSilver = read(em -> new JpaProductionRepository(em)
                .find(new JpaMineRepository(em).findByName("San Jose").get(0), SeedRelease.Q3_2011).orElseThrow().metal(Metal.AG).orElseThrow());
        assertThat(sanJoseSilver.footnote()).isEmpty();
    }

    @Test
    void the_schema_holds_one_report_per_mine_and_period_and_a_refused_write_leaves_nothing() {
        long before = read(em -> em.createQuery("select count(r) from ProductionReport r", Long.class).getSingleResult());
        assertThatThrownBy(() -> inTransaction(em -> {
            Mine caylloma = new JpaMineRepository(em).findByName("Caylloma").get(0);
            ProductionReport newQuarter = new ProductionReport(caylloma, ReportingPeriod.quarter(2011, 2), new SourceReference("test", null));
            newQuarter.recordOreProcessed(ReportedFigure.printed("100,000"), null);
            em.persist(newQuarter);
            ProductionReport duplicate = new ProductionReport(caylloma, SeedRelease.Q3_2011, new SourceReference("test", null));
            duplicate.recordOreProcessed(ReportedFigure.printed("1"), null);
            em.persist(duplicate);
            em.flush();
        })).isInstanceOf(PersistenceException.class);
        long after = read(em -> em.createQuery("select count(r) from ProductionReport r", Long.class).getSingleResult());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void design_parameters_and_guidance_keep_their_versions() {
        read(em -> {
            Mine sanJose = new JpaMineRepository(em).findByName("San Jose").get(0);
            List<DesignParameters> versions = new JpaDesignParametersRepository(em).findByMine(sanJose);
            assertThat(versions).extracting(DesignParameters::effectiveFrom)
                    .containsExactly(LocalDate.of(2011, 9, 1), LocalDate.of(2013, 10, 1));
            DesignParameters inQ3 = DesignParameters.inForce(versions, SeedRelease.Q3_2011.endDate()).orElseThrow();
            assertThat(inQ3.throughput().orElseThrow()).isEqualByComparingTo("1000");
            assertThat(inQ3.recovery(Metal.AU).orElseThrow()).isEqualByComparingTo("90");
            assertThat(sanJose.commercialProductionStart()).contains(LocalDate.of(2011, 9, 1));

            Company fortuna = new JpaCompanyRepository(em).findByName("Fortuna Silver Mines").orElseThrow();
            List<Guidance> guidance2011 = new JpaGuidanceRepository(em).findByYear(fortuna, 2011);
            assertThat(guidance2011).extracting(Guidance::toString).containsExactlyInAnyOrder(
                    "Fortuna Silver Mines 2011 AG guidance 2400000 oz (2011-10-24)",
                    "Fortuna Silver Mines 2011 AU guidance 7530 oz (2011-10-24)",
                    "San Jose 2011 AG guidance 520000 oz (2011-09-01)",
                    "San Jose 2011 AU guidance 4600 oz (2011-09-01)");
            return null;
        });
        inTransaction(em -> {
            Company fortuna = new JpaCompanyRepository(em).findByName("Fortuna Silver Mines").orElseThrow();
            new JpaGuidanceRepository(em).store(Guidance.range(fortuna, null, 2011, Metal.AU, new BigDecimal("6800"), new BigDecimal("7200"),
                    LocalDate.of(2011, 11, 10), new SourceReference("revision", LocalDate.of(2011, 11, 10))));
        });
        Guidance inForce = read(em -> {
            Company fortuna = new JpaCompanyRepository(em).findByName("Fortuna Silver Mines").orElseThrow();
            return org.minewatch.domain.model.guidance.GuidanceHistory.inForce(new JpaGuidanceRepository(em).findByYear(fortuna, 2011).stream()
                    .filter(g -> g.metal() == Metal.AU && g.mine().isEmpty()).toList(), LocalDate.of(2011, 12, 31)).orElseThrow();
        });
        assertThat(inForce.isRange()).isTrue();
        assertThat(inForce.low()).isEqualByComparingTo("6800");
    }

    @Test
    void one_alert_per_subject_key_is_enforced_by_the_schema_its_history_is_kept_and_it_is_counted_by_status() {
        String key = "recovery-below-design|mine:2|2011-Q3|AU";
        inTransaction(em -> {
            Mine sanJose = new JpaMineRepository(em).findByName("San Jose").get(0);
            Alert alert = new Alert(key, "recovery-below-design", "CRITICAL", sanJose.company(), sanJose, "2011-Q3", "AU",
                    "Au recovery 83% against 90% design", "recovery-below-design", "[\"Au\",83.0,90.0,7.0,2.0]", "{\"recovery\":83.0}",
                    Instant.parse("2011-10-24T10:00:00Z"));
            alert.acknowledge("manager.sanjose", "circuit being tuned", Instant.parse("2011-10-25T10:00:00Z"));
            new JpaAlertRepository(em).store(alert);
        });
        Alert stored = read(em -> new JpaAlertRepository(em).findAll().get(0));
        assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(stored.raisedAt()).isEqualTo(Instant.parse("2011-10-24T10:00:00Z"));
        assertThat(stored.messageKey()).contains("recovery-below-design");
        assertThat(stored.messageArguments()).contains("[\"Au\",83.0,90.0,7.0,2.0]");
        assertThat(stored.history()).extracting(t -> t.to().name() + " by " + t.actor()).containsExactly("OPEN by system", "ACKNOWLEDGED by manager.sanjose");
        // the metrics' open-alert gauges: one grouped count, not the alerts read
        Map<String, Long> acknowledged = read(em -> new JpaAlertRepository(em).countBySeverity(AlertStatus.ACKNOWLEDGED));
        Map<String, Long> open = read(em -> new JpaAlertRepository(em).countBySeverity(AlertStatus.OPEN));
        assertThat(acknowledged).isEqualTo(Map.of("CRITICAL", 1L));
        assertThat(open).isEmpty();

        assertThatThrownBy(() -> inTransaction(em -> {
            Mine sanJose = new JpaMineRepository(em).findByName("San Jose").get(0);
            new JpaAlertRepository(em).store(new Alert(key, "recovery-below-design", "CRITICAL", sanJose.company(), sanJose, "2011-Q3", "AU",
                    "the same finding from another node", null, null, "{}", Instant.now()));
            em.flush();
        })).isInstanceOf(PersistenceException.class);
        List<Alert> alerts = read(em -> new JpaAlertRepository(em).findAll());
        assertThat(alerts).hasSize(1);
    }

    @Test
    void the_evaluation_lock_makes_a_second_evaluation_wait_for_the_first_to_commit() throws Exception {
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = nodes.submit(() -> inTransaction(em -> {
                new EvaluationLock(em).acquire(Instant.now());
                order.add("first locked");
                firstHoldsTheLock.countDown();
                await(releaseFirst);
                order.add("first commits");
            }));
            await(firstHoldsTheLock);
            Future<?> second = nodes.submit(() -> inTransaction(em -> {
                new EvaluationLock(em).acquire(Instant.now());
                order.add("second locked");
            }));
            // the second is blocked on the row lock; it cannot finish while the first holds it
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            releaseFirst.countDown();
            nodes.shutdownNow();
        }
        assertThat(order).containsExactly("first locked", "first commits", "second locked");
    }

    @Test
    void the_data_version_rises_with_each_transaction_that_takes_the_evaluation_lock_and_only_when_it_commits() throws Exception {
        long before = this.<Long>read(em -> new EvaluationLock(em).dataVersion());
        inTransaction(em -> new EvaluationLock(em).acquire(Instant.now()));
        assertThat(this.<Long>read(em -> new EvaluationLock(em).dataVersion())).isEqualTo(before + 1);
        assertThatThrownBy(() -> inTransaction(em -> {
            new EvaluationLock(em).acquire(Instant.now());
            assertThat(new EvaluationLock(em).dataVersion()).as("seen by its own transaction").isEqualTo(before + 2);
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");
        assertThat(this.<Long>read(em -> new EvaluationLock(em).dataVersion())).as("a rolled back change leaves it").isEqualTo(before + 1);
    }

    @Test
    void a_years_reports_are_those_of_all_reports_of_that_year_in_the_same_order() {
        java.util.function.Function<ProductionReport, String> described = r -> r.mine().name() + " " + r.period().code() + " " + r.metals().size();
        List<ProductionReport> all = new ArrayList<>();
        List<String> allDescribed = read(em -> new JpaProductionRepository(em).findReports(new JpaMineRepository(em).findAll(), null).stream()
                .peek(all::add).map(described).toList());
        assertThat(all).extracting(r -> r.period().year()).contains(2011);
        for (int year : List.of(2010, 2011, 2012)) {
            List<String> ofYear = read(em -> new JpaProductionRepository(em).findReportsOfYear(year).stream().map(described).toList());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).period().year() == year) {
                    expected.add(allDescribed.get(i));
                }
            }
            assertThat(ofYear).isEqualTo(expected);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void threshold_settings_read_back_with_who_and_when() {
        inTransaction(em -> new JpaThresholdSettingRepository(em).store(new ThresholdSetting("recovery.tolerance.points", new BigDecimal("2.5"),
                "admin", Instant.parse("2026-11-27T00:00:00Z"))));
        List<ThresholdSetting> settings = read(em -> new JpaThresholdSettingRepository(em).findAll());
        assertThat(settings).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo("2.5");
            assertThat(s.updatedBy()).isEqualTo("admin");
            assertThat(s.updatedAt()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        });
    }

    @Test
    void demo_users_have_roles_mines_and_a_pbkdf2_hash_not_the_password() {
        UserAccount manager = read(em -> new JpaUserAccountRepository(em).findByUsername("manager.caylloma").orElseThrow());
        assertThat(manager.roles()).containsExactly(Role.MINE_MANAGER);
        assertThat(manager.assignedMines()).extracting(Mine::name).containsExactly("Caylloma");
        assertThat(manager.passwordHash()).startsWith("PBKDF2WithHmacSHA256:").doesNotContain("minewatch");
        assertThat(passwordHasher.verify("minewatch", manager.passwordHash())).isTrue();
        List<UserAccount> users = read(em -> new JpaUserAccountRepository(em).findAll());
        assertThat(users).extracting(UserAccount::username).containsExactly("admin", "executive", "manager.caylloma", "manager.sanjose");
    }

    @Test
    void a_users_roles_mines_password_and_state_change_and_read_back() {
        inTransaction(em -> {
            JpaUserAccountRepository users = new JpaUserAccountRepository(em);
            JpaMineRepository mines = new JpaMineRepository(em);
            UserAccount user = new UserAccount("supervisor.peru", passwordHasher.hash("first-password"), java.util.EnumSet.of(Role.MINE_MANAGER));
            user.assign(mines.findByName("Caylloma").get(0));
            users.store(user);
        });
        inTransaction(em -> {
            UserAccount user = new JpaUserAccountRepository(em).findByUsername("supervisor.peru").orElseThrow();
            user.changeRoles(java.util.EnumSet.of(Role.EXECUTIVE, Role.MINE_MANAGER));
            user.assignOnly(List.of(new JpaMineRepository(em).findByName("San Jose").get(0)));
            user.changePasswordHash(passwordHasher.hash("second-password"));
            user.disable();
        });
        UserAccount changed = read(em -> new JpaUserAccountRepository(em).findByUsername("supervisor.peru").orElseThrow());
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.MINE_MANAGER);
        assertThat(changed.assignedMines()).extracting(Mine::name).containsExactly("San Jose");
        assertThat(changed.isEnabled()).isFalse();
        assertThat(passwordHasher.verify("second-password", changed.passwordHash())).isTrue();
        assertThat(passwordHasher.verify("first-password", changed.passwordHash())).isFalse();
        inTransaction(em -> new JpaUserAccountRepository(em).findByUsername("supervisor.peru").orElseThrow().enable());
        boolean enabledAgain = read(em -> new JpaUserAccountRepository(em).findByUsername("supervisor.peru").orElseThrow().isEnabled());
        assertThat(enabledAgain).isTrue();
    }

    @Test
    void a_change_of_roles_or_mines_alone_moves_the_accounts_version() {
        inTransaction(em -> new JpaUserAccountRepository(em).store(
                new UserAccount("auditor.versions", passwordHasher.hash("a-password"), java.util.EnumSet.of(Role.EXECUTIVE))));
        long stored = read(em -> new JpaUserAccountRepository(em).findByUsername("auditor.versions").orElseThrow().version());
        inTransaction(em -> new JpaUserAccountRepository(em).findByUsername("auditor.versions").orElseThrow()
                .changeRoles(java.util.EnumSet.of(Role.EXECUTIVE, Role.MINE_MANAGER)));
        long afterRoles = read(em -> new JpaUserAccountRepository(em).findByUsername("auditor.versions").orElseThrow().version());
        inTransaction(em -> new JpaUserAccountRepository(em).findByUsername("auditor.versions").orElseThrow()
                .assignOnly(new JpaMineRepository(em).findByName("Caylloma")));
        long afterMines = read(em -> new JpaUserAccountRepository(em).findByUsername("auditor.versions").orElseThrow().version());

        assertThat(afterRoles).as("after a change of roles only").isGreaterThan(stored);
        assertThat(afterMines).as("after a change of mines only").isGreaterThan(afterRoles);
    }

    @Test
    void locking_the_accounts_makes_a_second_account_change_wait_for_the_first_to_commit() throws Exception {
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = admins.submit(() -> inTransaction(em -> {
                List<UserAccount> all = new JpaUserAccountRepository(em).findAllForUpdate();
                assertThat(all).extracting(UserAccount::username).contains("admin", "executive");
                order.add("first locked");
                firstHoldsTheLock.countDown();
                await(releaseFirst);
                all.stream().filter(u -> u.username().equals("executive")).findFirst().orElseThrow().disable();
                order.add("first commits");
            }));
            await(firstHoldsTheLock);
            Future<?> second = admins.submit(() -> inTransaction(em -> {
                UserAccount executive = new JpaUserAccountRepository(em).findAllForUpdate().stream()
                        .filter(u -> u.username().equals("executive")).findFirst().orElseThrow();
                order.add("second locked, executive " + (executive.isEnabled() ? "enabled" : "disabled"));
            }));
            assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            releaseFirst.countDown();
            admins.shutdownNow();
        }
        // the second reads what the first committed, not what it read before
        assertThat(order).containsExactly("first locked", "first commits", "second locked, executive disabled");
    }

    @Test
    void a_new_design_version_keeps_the_earlier_ones_as_they_were() {
        inTransaction(em -> {
            Mine caylloma = new JpaMineRepository(em).findByName("Caylloma").get(0);
            new JpaDesignParametersRepository(em).store(new DesignParameters(caylloma, LocalDate.of(2012, 4, 1), new BigDecimal("1430"),
                    java.util.Map.of(Metal.AG, new BigDecimal("84.5")), true, new SourceReference("optimisation study", LocalDate.of(2012, 3, 30))));
        });
        List<DesignParameters> versions = read(em -> new JpaDesignParametersRepository(em).findByMine(new JpaMineRepository(em).findByName("Caylloma").get(0)));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).throughput().orElseThrow()).isEqualByComparingTo("1270");
        assertThat(versions.get(0).recovery(Metal.AG).orElseThrow()).isEqualByComparingTo("86");
        assertThat(versions.get(1).effectiveFrom()).isEqualTo(LocalDate.of(2012, 4, 1));
        assertThat(versions.get(1).throughput().orElseThrow()).isEqualByComparingTo("1430");
        assertThat(versions.get(1).recovery(Metal.AG).orElseThrow()).isEqualByComparingTo("84.5");
        assertThat(versions.get(1).isIllustrative()).isTrue();
        assertThat(versions.get(1).source()).isEqualTo(new SourceReference("optimisation study", LocalDate.of(2012, 3, 30)));
    }
}
