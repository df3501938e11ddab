package org.minewatch.domain.model.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;

class AlertTest {

    private final SeedRelease seed = new SeedRelease();
    private final Instant t0 = Instant.parse("2011-10-24T00:00:00Z");

    private Alert alert() {
        return new Alert("recovery-below-design|mine:2|2011-Q3|AU", "recovery-below-design", "CRITICAL", seed.fortuna, seed.sanJose, "2011-Q3", "AU",
                "Au recovery 83% against 90% design", null, null, "{}", t0);
    }

    @Test
    void acknowledged_then_resolved_by_itself_then_reopened_when_the_finding_comes_back() {
        Alert alert = alert();
        alert.acknowledge("manager.sanjose", "circuit still being tuned", t0.plusSeconds(60));
        assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(alert.acknowledgement()).hasValueSatisfying(a -> {
            assertThat(a.actor()).isEqualTo("manager.sanjose");
            assertThat(a.note()).contains("circuit still being tuned");
        });
        alert.notFound(t0.plusSeconds(120));
        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        alert.found("CRITICAL", "Au recovery 82% against 90% design", null, null, "{}", t0.plusSeconds(180));
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.message()).isEqualTo("Au recovery 82% against 90% design");
        assertThat(alert.history()).extracting(t -> t.from().map(Enum::name).orElse("-") + ">" + t.to() + " by " + t.actor())
                .containsExactly("->OPEN by system", "OPEN>ACKNOWLEDGED by manager.sanjose", "ACKNOWLEDGED>RESOLVED by system",
                        "RESOLVED>OPEN by system");
    }

    @Test
    void resolved_by_hand_while_still_found_stays_resolved_until_the_finding_has_gone_and_come_back() {
        Alert alert = alert();
        alert.resolve("admin", "design recovery under review", t0.plusSeconds(60));
        alert.found("CRITICAL", "Au recovery 83% against 90% design", null, null, "{}", t0.plusSeconds(120));
        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        alert.notFound(t0.plusSeconds(180));
        alert.found("CRITICAL", "Au recovery 83% against 90% design", null, null, "{}", t0.plusSeconds(240));
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void acknowledging_and_resolving_need_words_and_the_right_status() {
        Alert alert = alert();
        assertThatThrownBy(() -> alert.acknowledge("x", " ", t0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> alert.resolve("x", null, t0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        alert.resolve("admin", "duplicate", t0);
        assertThatThrownBy(() -> alert.acknowledge("x", "late", t0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> alert.resolve("x", "again", t0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_alert_raised_before_keys_were_kept_gets_its_key_and_arguments_when_found_again() {
        Alert alert = alert();
        assertThat(alert.messageKey()).isEmpty();
        alert.found("CRITICAL", "Au recovery 83% against 90% design", "recovery-below-design", "[\"Au\",83.0,90.0,7.0,2.0]", "{}", t0.plusSeconds(60));
        assertThat(alert.messageKey()).contains("recovery-below-design");
        assertThat(alert.messageArguments()).contains("[\"Au\",83.0,90.0,7.0,2.0]");
        assertThat(alert.updatedAt()).isEqualTo(t0.plusSeconds(60));
        assertThatThrownBy(() -> alert.found("CRITICAL", "x", "recovery-below-design", null, "{}", t0)).isInstanceOf(IllegalArgumentException.class);
    }
}
