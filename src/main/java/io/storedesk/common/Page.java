package io.storedesk.common;

import java.util.List;

/** One page of a query's rows together with how many rows match in all. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("total " + total + " below rows on the page " + rows.size());
        }
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }
}
