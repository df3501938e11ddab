package org.minewatch.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogEventTest {

    @Test
    void plain_values_stand_as_they_are_and_missing_ones_as_a_dash() {
        assertThat(LogEvent.of("import.committed").with("id", 12).with("user", "admin").with("source", null).toString())
                .isEqualTo("event=import.committed id=12 user=admin source=-");
    }

    @Test
    void values_with_spaces_quotes_or_equals_signs_are_quoted() {
        assertThat(LogEvent.of("e").with("company", "Fortuna Silver Mines").with("q", "say \"hi\"").with("kv", "a=b").with("empty", "").toString())
                .isEqualTo("event=e company=\"Fortuna Silver Mines\" q=\"say \\\"hi\\\"\" kv=\"a=b\" empty=\"\"");
    }

    @Test
    void a_user_name_cannot_forge_a_second_log_line() {
        String line = LogEvent.of("sign-in.failed").with("user", "x\n[2026-01-01] event=sign-in.succeeded user=admin\r").toString();
        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .isEqualTo("event=sign-in.failed user=\"x\\n[2026-01-01] event=sign-in.succeeded user=admin\\r\"");
    }

    @Test
    void a_value_is_cut_short_and_holds_no_control_or_invisible_characters() {
        String line = LogEvent.of("sign-in.failed").with("user", "a".repeat(1_000_000)).with("via", "form").toString();
        assertThat(line).hasSizeLessThan(300).contains("user=\"" + "a".repeat(LogEvent.MAX_VALUE_LENGTH) + "...(1000000 characters)\"")
                .endsWith(" via=form");
        assertThat(LogEvent.of("e").with("user", "x\u0000y\u001bz\u2028w\u202eq").toString()).isEqualTo("event=e user=\"x?y?z?w?q\"");
    }
}
