package io.storedesk.ui.layout;

import io.storedesk.ui.DeskPreferences;
import io.storedesk.ui.PaneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's layout as kept in this desk's preferences (desk.properties in the data directory, beside the
 * language and theme): the window's bounds, the pane shown, each remembered table's columns and each remembered
 * split's dividers. An entry that
 * cannot be read counts as not kept (the built-in default applies) and the log says which one it was.
 */
public final class DeskLayout {

    private static final Logger LOG = LoggerFactory.getLogger(DeskLayout.class);
    static final String BOUNDS = "window.bounds";
    static final String MAXIMIZED = "window.maximized";
    static final String PANE = "window.pane";

    private final DeskPreferences preferences;

    public DeskLayout(DeskPreferences preferences) {
        this.preferences = preferences;
    }

    /** Where the window was left; empty on a first run or when the entry is unreadable. */
    public Optional<WindowPlacement> window() {
        Optional<String> text = preferences.value(BOUNDS);
        Optional<ScreenArea> bounds = text.flatMap(t -> WindowPlacement.decodeBounds(t));
        if (text.isPresent() && bounds.isEmpty()) {
            LOG.warn("Ignored the unreadable window bounds {}={} in the desk preferences", BOUNDS, text.get());
        }
        boolean maximized = preferences.value(MAXIMIZED).map(Boolean::parseBoolean).orElse(false);
        return bounds.map(b -> new WindowPlacement(b, maximized));
    }

    public Map<String, String> entries(WindowPlacement placement) {
        return Map.of(BOUNDS, placement.encodeBounds(), MAXIMIZED, Boolean.toString(placement.maximized()));
    }

    /** The pane shown when the window last closed; empty when none is kept or the name is not a pane. */
    public Optional<PaneId> pane() {
        Optional<String> name = preferences.value(PANE);
        try {
            return name.map(PaneId::valueOf);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignored the unknown pane {}={} in the desk preferences", PANE, name.get());
            return Optional.empty();
        }
    }

    public Map<String, String> entries(PaneId pane) {
        return Map.of(PANE, pane.name());
    }

    /** The table's remembered layout ({@link TableLayout#NONE} when none); unreadable parts are left out. */
    public TableLayout table(String tableId) {
        String columns = preferences.value(columnsKey(tableId)).orElse(null);
        String sort = preferences.value(sortKey(tableId)).orElse(null);
        return TableLayout.decode(columns, sort, entry -> LOG.warn(
                "Ignored the unreadable entry '{}' of table {} in the desk preferences", entry, tableId));
    }

    public Map<String, String> entries(String tableId, TableLayout layout) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(columnsKey(tableId), layout.encodeColumns());
        entries.put(sortKey(tableId), layout.encodeSort());
        return entries;
    }

    /**
     * The split's divider positions (fractions of its width, left to right); empty when none are kept or the entry
     * is unreadable.
     */
    public Optional<List<Double>> dividers(String splitId) {
        Optional<String> text = preferences.value(dividersKey(splitId));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Double> positions = new ArrayList<>();
        for (String part : text.get().split(",", -1)) {
            Double position = fraction(part);
            if (position == null) {
                LOG.warn("Ignored the unreadable dividers {}={} in the desk preferences", dividersKey(splitId),
                        text.get());
                return Optional.empty();
            }
            positions.add(position);
        }
        return Optional.of(List.copyOf(positions));
    }

    /** A divider's position, a number from 0 to 1; null when the text is not one. */
    private static Double fraction(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return value >= 0 && value <= 1 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Positions kept to four places: a divider is a pixel or so of a wide split, and the file stays readable. */
    public Map<String, String> entries(String splitId, List<Double> dividers) {
        List<String> parts = dividers.stream().map(p -> String.format(Locale.ROOT, "%.4f", p)).toList();
        return Map.of(dividersKey(splitId), String.join(",", parts));
    }

    /** The entries among these that differ from what the preferences hold (only those need writing). */
    public Map<String, String> changed(Map<String, String> entries) {
        Map<String, String> changed = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (!preferences.value(key).equals(Optional.of(value))) {
                changed.put(key, value);
            }
        });
        return changed;
    }

    /** Writes the entries; call off the JavaFX thread (it writes a file). */
    public void save(Map<String, String> entries) {
        preferences.save(entries);
    }

    private static String columnsKey(String tableId) {
        return "table." + tableId + ".columns";
    }

    private static String dividersKey(String splitId) {
        return "split." + splitId + ".dividers";
    }

    private static String sortKey(String tableId) {
        return "table." + tableId + ".sort";
    }
}
