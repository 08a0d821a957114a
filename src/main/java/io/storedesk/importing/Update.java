package io.storedesk.importing;

import java.util.Objects;
import java.util.Optional;

/**
 * What a cell asks of one field: nothing (blank: keep the old value), to clear it, or to set a value.
 * Blank never overwrites: only the clear token empties a field.
 */
public record Update<T>(boolean given, boolean clear, T value) {

    private static final Update<?> KEEP = new Update<>(false, false, null);

    @SuppressWarnings("unchecked")
    public static <T> Update<T> keep() {
        return (Update<T>) KEEP;
    }

    public static <T> Update<T> clearIt() {
        return new Update<>(true, true, null);
    }

    public static <T> Update<T> set(T value) {
        return new Update<>(true, false, Objects.requireNonNull(value));
    }

    /** Reads a field: the clear token, a value, or (blank or unreadable) keep. */
    public static <T> Update<T> of(RowReader reader, String field, Optional<T> value) {
        if (reader.clears(field)) {
            return clearIt();
        }
        return value.map(Update::set).orElse(keep());
    }

    /** The field's value after the update. */
    public T applyTo(T current) {
        if (!given) {
            return current;
        }
        return clear ? null : value;
    }
}
