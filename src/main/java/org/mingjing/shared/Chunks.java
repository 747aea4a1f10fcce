package org.mingjing.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Long lists of ids handed to {@code IN (:ids)} a few hundred at a time, which every database takes. */
public final class Chunks {

    /** The ids per query. */
    public static final int SIZE = 500;

    private Chunks() {
    }

    /** Calls {@code each} with consecutive parts of the ids, {@value #SIZE} at most. */
    public static <T> void of(Collection<T> ids, Consumer<List<T>> each) {
        List<T> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += SIZE) {
            each.accept(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
    }
}
