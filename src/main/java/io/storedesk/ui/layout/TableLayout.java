package io.storedesk.ui.layout;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A table's columns as the person left them: their order, widths and which are shown, and what the table is sorted
 * by. Columns are known by their ids, so a column added in a later version, or one since removed, does no harm.
 */
public record TableLayout(List<Column> columns, List<SortKey> sort) {

    /** No remembered layout: the table keeps the one it was built with. */
    public static final TableLayout NONE = new TableLayout(List.of(), List.of());

    /** width is NaN when not known (the table's own width then applies). */
    public record Column(String id, double width, boolean visible) {
    }

    public record SortKey(String id, boolean descending) {
    }

    public TableLayout {
        columns = List.copyOf(columns);
        sort = List.copyOf(sort);
    }

    public boolean isEmpty() {
        return columns.isEmpty() && sort.isEmpty();
    }

    public Optional<Column> column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The order for the table's columns now (current, in the order the code builds them): the remembered ones as
     * they were left, each column the layout does not know placed right after the column it follows in the built
     * order (so new columns appear where the new version puts them), remembered ids no longer built left out.
     */
    public List<String> arrange(List<String> current) {
        List<String> order = columns.stream().map(Column::id).filter(current::contains).collect(
                Collectors.toCollection(ArrayList::new));
        for (int i = 0; i < current.size(); i++) {
            String id = current.get(i);
            if (order.contains(id)) {
                continue;
            }
            // Every column built before this one is placed by now (remembered, or added earlier in this loop).
            int after = i == 0 ? -1 : order.indexOf(current.get(i - 1));
            order.add(after + 1, id);
        }
        return order;
    }

    /**
     * Which of the current columns to show: as remembered, the others as built (shownByDefault). A layout that
     * would hide every column is not a choice anyone made (the table would be unusable): the built one applies.
     */
    public Map<String, Boolean> visibility(List<String> current, Predicate<String> shownByDefault) {
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (String id : current) {
            shown.put(id, column(id).map(Column::visible).orElseGet(() -> shownByDefault.test(id)));
        }
        if (!current.isEmpty() && !shown.containsValue(true)) {
            current.forEach(id -> shown.put(id, shownByDefault.test(id)));
        }
        return shown;
    }

    /** The sort to apply now: the remembered keys whose columns the table still has and may sort by. */
    public List<SortKey> sortAmong(Set<String> sortable) {
        return sort.stream().filter(k -> sortable.contains(k.id())).toList();
    }

    /** id:width:shown|hidden, separated by semicolons; ids are URL-encoded, so any id survives. */
    public String encodeColumns() {
        return columns.stream().map(c -> encodeId(c.id()) + ":" + (Double.isNaN(c.width()) ? ""
                : Long.toString(Math.round(c.width()))) + ":" + (c.visible() ? "shown" : "hidden"))
                .collect(Collectors.joining(";"));
    }

    /** id:ascending|descending, separated by semicolons, first key first. */
    public String encodeSort() {
        return sort.stream().map(k -> encodeId(k.id()) + ":" + (k.descending() ? "descending" : "ascending"))
                .collect(Collectors.joining(";"));
    }

    /**
     * Reads what {@link #encodeColumns} and {@link #encodeSort} wrote (null = nothing kept). An entry that cannot
     * be read is left out and handed to rejected (the rest still applies); a repeated id counts once.
     */
    public static TableLayout decode(String columnsText, String sortText, Consumer<String> rejected) {
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : entries(columnsText)) {
            String[] parts = entry.split(":", -1);
            Optional<String> id = parts.length == 3 ? decodeId(parts[0]) : Optional.empty();
            Optional<Double> width = parts.length == 3 ? width(parts[1]) : Optional.empty();
            Optional<Boolean> visible = parts.length == 3 ? flag(parts[2], "shown", "hidden") : Optional.empty();
            if (id.isEmpty() || width.isEmpty() || visible.isEmpty()) {
                rejected.accept(entry);
            } else if (seen.add(id.get())) {
                columns.add(new Column(id.get(), width.get(), visible.get()));
            }
        }
        List<SortKey> sort = new ArrayList<>();
        Set<String> sorted = new HashSet<>();
        for (String entry : entries(sortText)) {
            String[] parts = entry.split(":", -1);
            Optional<String> id = parts.length == 2 ? decodeId(parts[0]) : Optional.empty();
            Optional<Boolean> descending = parts.length == 2 ? flag(parts[1], "descending", "ascending")
                    : Optional.empty();
            if (id.isEmpty() || descending.isEmpty()) {
                rejected.accept(entry);
            } else if (sorted.add(id.get())) {
                sort.add(new SortKey(id.get(), descending.get()));
            }
        }
        return new TableLayout(columns, sort);
    }

    private static List<String> entries(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("\\s*;\\s*"));
    }

    private static String encodeId(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static Optional<String> decodeId(String text) {
        try {
            String id = URLDecoder.decode(text, StandardCharsets.UTF_8);
            return id.isBlank() ? Optional.empty() : Optional.of(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Empty text is an unknown width (NaN); a width must be a positive finite number. */
    private static Optional<Double> width(String text) {
        if (text.isEmpty()) {
            return Optional.of(Double.NaN);
        }
        try {
            double width = Double.parseDouble(text);
            return Double.isFinite(width) && width > 0 ? Optional.of(width) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> flag(String text, String yes, String no) {
        return yes.equals(text) ? Optional.of(true) : no.equals(text) ? Optional.of(false) : Optional.empty();
    }
}
