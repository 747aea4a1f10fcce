package org.mingjing.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list of the API returns it: {@code {"items": [...], "total": n}}. */
public record Paged<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 200;

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), total);
    }

    /** Checks the page and size a client sent: page from 0, size from 1 to {@value #MAX_SIZE}. */
    public static void checkBounds(int page, int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "validation.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "validation.size");
        }
    }
}
