package org.minewatch.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a node derived from the stored data, kept for as long as the data's version is the one it was derived at
 * ({@code EvaluationLock.dataVersion()}, raised by every change the rules judge and committed with it). The caller
 * reads the version from the database first, in the request's own transaction, so an entry is used only when no
 * change has committed since it was derived, on this node or any other: the nodes of a cluster need not tell each
 * other anything. What is derived after reading the version sees that version's data or later, never earlier.
 * The least recently used entries go beyond the capacity.
 */
final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final Map<K, Entry<V>> entries;

    VersionedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key at this version, or the one derived now (and kept, unless a later version's is). */
    V get(K key, long version, Supplier<V> derive) {
        Entry<V> kept;
        synchronized (entries) {
            kept = entries.get(key);
        }
        if (kept != null && kept.version() == version) {
            return kept.value();
        }
        // derived outside the lock: readers of other keys, or of this key's kept value, do not wait for it
        V value = derive.get();
        synchronized (entries) {
            Entry<V> now = entries.get(key);
            if (now == null || now.version() <= version) {
                entries.put(key, new Entry<>(version, value));
            }
        }
        return value;
    }
}
