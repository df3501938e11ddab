package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentReadingsTest {

    private final List<String> read = new ArrayList<>();
    private final RecentReadings<Integer> lengths = new RecentReadings<>(2, 10, text -> {
        read.add(text);
        return text.length();
    });

    @Test
    void a_text_read_lately_is_answered_without_reading_it_again() {
        assertThat(lengths.of("Q3 2011")).isEqualTo(7);
        assertThat(lengths.of("Q3 2011")).isEqualTo(7);
        assertThat(read).containsExactly("Q3 2011");
    }

    @Test
    void the_least_recently_used_text_is_forgotten_beyond_the_count() {
        lengths.of("a");
        lengths.of("bb");
        lengths.of("a"); // "bb" is now the least recently used
        lengths.of("ccc");
        lengths.of("a");
        lengths.of("bb");
        assertThat(read).containsExactly("a", "bb", "ccc", "bb");
    }

    @Test
    void a_text_longer_than_remembered_is_read_each_time() {
        lengths.of("a whole paragraph");
        lengths.of("a whole paragraph");
        assertThat(read).containsExactly("a whole paragraph", "a whole paragraph");
    }
}
