package org.minewatch.interfaces.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The maps are of the kinds Mojarra keeps in the session: a synchronized insertion-ordered map of view maps, a concurrent map of view contexts. */
class ViewContextPrunerTest {

    private final Map<String, Object> viewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Object, Map<String, Object>> viewContexts = new ConcurrentHashMap<>();

    @Test
    void theContextsOfEvictedViewsAreDroppedAndThoseOfActiveViewsKept() {
        for (String view : Set.of("evicted-1", "evicted-2", "active-1", "active-2")) {
            viewContexts.put(view, Map.of("bean-id", "mineDashboardBean"));
        }
        viewMaps.put("active-1", Map.of("mineDashboardBean", new Object()));
        viewMaps.put("active-2", Map.of("mineDashboardBean", new Object()));

        assertThat(ViewContextPruner.prune(viewMaps, viewContexts)).isEqualTo(2);
        assertThat(viewContexts).containsOnlyKeys("active-1", "active-2");
        assertThat(viewMaps).containsOnlyKeys("active-1", "active-2");
    }

    @Test
    void aSessionWhoseContextsAreAllActiveIsLeftAsItIs() {
        viewMaps.put("active-1", Map.of());
        viewContexts.put("active-1", Map.of("bean-id", "alertsBean"));

        assertThat(ViewContextPruner.prune(viewMaps, viewContexts)).isZero();
        assertThat(viewContexts).containsOnlyKeys("active-1");
    }
}
