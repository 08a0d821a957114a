package io.storedesk.dashboard.kpi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Small dense codes for the values of a rollup column, for the in-memory indexes (KpiSliceIndex, KpiSkuSalesIndex):
 * an int array of codes instead of a boxed value per row. Null has a code of its own.
 */
final class ColumnCodes<T> {

    /** What a null value is held as: no filter value ever has it. */
    private static final int NULL = Integer.MAX_VALUE;

    private final Map<T, Integer> codes = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int code(T value) {
        if (value == null) {
            return NULL;
        }
        return codes.computeIfAbsent(value, v -> {
            values.add(v);
            return codes.size();
        });
    }

    /** A filter's value: ANY when not filtered, NONE when no slice has it. */
    int of(T value) {
        if (value == null) {
            return KpiSliceIndex.Match.ANY;
        }
        return codes.getOrDefault(value, KpiSliceIndex.Match.NONE);
    }

    int size() {
        return codes.size();
    }

    /** A code as an array index: the codes in order, null after them. */
    int slot(int code) {
        return code == NULL ? values.size() : code;
    }

    T valueOfSlot(int slot) {
        return slot == values.size() ? null : values.get(slot);
    }

    /** Each value with its code. */
    void forEach(BiConsumer<T, Integer> valueAndCode) {
        codes.forEach(valueAndCode);
    }

    /** A copy to add codes to, with the same codes for the values it has. */
    ColumnCodes<T> copy() {
        ColumnCodes<T> copy = new ColumnCodes<>();
        values.forEach(copy::code);
        return copy;
    }

    /** Ids in the order of their codes, for a snapshot (RollupSnapshots). */
    void writeIds(SnapshotOutput out) throws IOException {
        long[] ids = new long[values.size()];
        for (int code = 0; code < ids.length; code++) {
            ids[code] = (Long) values.get(code);
        }
        out.writeLongs(ids, ids.length);
    }

    /** Texts in the order of their codes, for a snapshot. */
    void writeTexts(SnapshotOutput out) throws IOException {
        out.writeInt(values.size());
        for (T value : values) {
            out.writeString((String) value);
        }
    }

    /** What writeIds wrote, with the same codes. */
    static ColumnCodes<Long> readIds(SnapshotInput in) throws IOException {
        ColumnCodes<Long> codes = new ColumnCodes<>();
        for (long id : in.readLongs()) {
            codes.code(id);
        }
        return codes;
    }

    /** What writeTexts wrote, with the same codes. */
    static ColumnCodes<String> readTexts(SnapshotInput in) throws IOException {
        ColumnCodes<String> codes = new ColumnCodes<>();
        for (int i = 0, n = in.readInt(); i < n; i++) {
            codes.code(in.readString());
        }
        return codes;
    }
}
