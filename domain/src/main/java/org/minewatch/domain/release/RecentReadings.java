package org.minewatch.domain.release;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reading that depends on its text alone gave for the texts read lately. While a release is read, its sentences,
 * labels and cells are asked the same questions several times over (which periods a sentence names: 230 to 740 times a
 * release for 56 to 117 texts); remembering the answer spares the regular expressions. Bounded in count and in the length
 * of a text remembered, least recently used first out, shared by every thread; the answers must be immutable.
 */
final class RecentReadings<V> {

    private final int longest;
    private final Function<String, V> reading;
    private final Map<String, V> recent;

    RecentReadings(int count, int longest, Function<String, V> reading) {
        this.longest = longest;
        this.reading = reading;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(count, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > count;
            }
        });
    }

    V of(String text) {
        if (text.length() > longest) {
            return reading.apply(text);
        }
        V answer = recent.get(text);
        if (answer == null) {
            answer = reading.apply(text);
            recent.put(text, answer);
        }
        return answer;
    }
}
