package io.storedesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Helpers the repositories share for long IN lists and JDBC batch results. */
public final class Chunks {

    private static final int SIZE = 1_000;

    private Chunks() {
    }

    /** Long IN lists split into chunks the database takes comfortably, duplicates dropped. */
    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }

    /**
     * Ids written into the statement rather than bound: H2 tests a row against a list of constants through a
     * set, but compares it with a list of parameters one by one, a thousand comparisons a row for a chunk (ids
     * are plain numbers, nothing to escape).
     */
    public static List<Field<Long>> inlined(List<Long> ids) {
        return ids.stream().<Field<Long>>map(DSL::inline).toList();
    }

    /** The items whose statement changed no row (batch counts are in the order of the items). */
    public static <T> List<T> untouched(List<T> items, int[] counts) {
        List<T> untouched = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                untouched.add(items.get(i));
            }
        }
        return untouched;
    }
}
