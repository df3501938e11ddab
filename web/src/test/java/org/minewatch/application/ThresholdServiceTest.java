package org.minewatch.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minewatch.application.AdministrationServiceTest.set;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.application.AlertService.EvaluationSummary;
import org.minewatch.domain.model.settings.ThresholdSetting;
import org.minewatch.domain.model.settings.ThresholdSettingRepository;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;

/** An edit of the thresholds names the versions it was based on; one based on a value changed since is refused whole. */
class ThresholdServiceTest {

    private static final String KEY = "recovery.tolerance.points";

    private final List<ThresholdSetting> stored = new ArrayList<>();
    private int evaluations;
    private ThresholdService service;

    @BeforeEach
    void anAdministratorIsSignedIn() {
        UserAccount admin = new UserAccount("admin", "hash", EnumSet.of(Role.ADMIN));
        service = new ThresholdService();
        set(service, "caller", new CurrentCaller() {
            @Override
            public UserAccount account() {
                return admin;
            }
        });
        set(service, "settings", new ThresholdSettingRepository() {
            @Override
            public List<ThresholdSetting> findAll() {
                return List.copyOf(stored);
            }

            @Override
            public void store(ThresholdSetting setting) {
                stored.add(setting);
            }
        });
        set(service, "alerts", new AlertService() {
            @Override
            public EvaluationSummary evaluate() {
                evaluations++;
                return new EvaluationSummary(0, 0, 0, 0, 0);
            }
        });
        service.storeMissingDefaults();
    }

    @Test
    void anEditBasedOnTheVersionStoredIsSaved() {
        long read = version(KEY);

        service.update(Map.of(KEY, new BigDecimal("3")), Map.of(KEY, read));

        assertThat(value(KEY)).isEqualByComparingTo("3");
        assertThat(evaluations).isEqualTo(1);
    }

    @Test
    void anEditBasedOnAValueChangedSinceIsRefusedAndChangesNothing() {
        long read = version(KEY);
        // another administrator, perhaps on another node, saved in the meantime: the stored version moved
        ThresholdSetting setting = stored.stream().filter(s -> s.key().equals(KEY)).findFirst().orElseThrow();
        setting.change(new BigDecimal("4"), "other.admin", setting.updatedAt());
        set(setting, "version", read + 1);

        assertThatThrownBy(() -> service.update(Map.of(KEY, new BigDecimal("3"), "decline.qoq.percent", new BigDecimal("20")), Map.of(KEY, read)))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining(KEY).hasMessageContaining("other.admin");
        assertThat(value(KEY)).isEqualByComparingTo("4");
        assertThat(evaluations).isZero();
    }

    @Test
    void thresholdsThatContradictOneAnotherAreRefusedNamingBothAndChangeNothing() {
        // a warning tolerance at or above the critical shortfall (5): every flagged shortfall would be critical
        assertThatThrownBy(() -> service.update(Map.of(KEY, new BigDecimal("5")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recovery.tolerance.points (5) must be below recovery.critical.shortfall.points (5)");
        // both moved together, consistently: saved
        service.update(Map.of(KEY, new BigDecimal("8"), "recovery.critical.shortfall.points", new BigDecimal("10")), Map.of());
        assertThat(value(KEY)).isEqualByComparingTo("8");
        // a percentage above 100
        assertThatThrownBy(() -> service.update(Map.of("throughput.minimum.share.percent", new BigDecimal("150")), Map.of()))
                .hasMessageContaining("throughput.minimum.share.percent is a percentage: at most 100, not 150");
        assertThat(value("throughput.minimum.share.percent")).isEqualByComparingTo("90");
        assertThat(evaluations).isEqualTo(1);
    }

    private long version(String key) {
        return service.settings().stream().filter(s -> s.key().key().equals(key)).findFirst().orElseThrow().version();
    }

    private BigDecimal value(String key) {
        return service.settings().stream().filter(s -> s.key().key().equals(key)).findFirst().orElseThrow().value();
    }
}
