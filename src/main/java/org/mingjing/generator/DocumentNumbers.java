package org.mingjing.generator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The running numbers of each agency's documents per kind and year (湖民罚〔2026〕3号), continuing from the
 * {@code document_sequence} rows the database already has, so that cases filed for real after a run take the
 * next free numbers and no two documents of an agency share one. Which counters a batch moved, and to what, goes
 * into that batch's transaction ({@link #takeChanges()}).
 */
final class DocumentNumbers {

    private final Map<Key, Integer> last;
    private final Map<Key, Integer> changed = new LinkedHashMap<>();

    record Key(String agencyId, String kind, int year) {
    }

    DocumentNumbers(Map<Key, Integer> existing) {
        this.last = new HashMap<>(existing);
    }

    int next(String agencyId, String kind, int year) {
        Key key = new Key(agencyId, kind, year);
        int n = last.getOrDefault(key, 0) + 1;
        last.put(key, n);
        changed.put(key, n);
        return n;
    }

    /** The counters moved since the last call, with their new values. */
    Map<Key, Integer> takeChanges() {
        Map<Key, Integer> copy = new LinkedHashMap<>(changed);
        changed.clear();
        return copy;
    }
}
