package io.storedesk.ui.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** One table bound to its remembered layout: restored once, then saved (through the saver) as the person changes it. */
final class RememberedTable<S> {

    private final TableView<S> table;
    private final String tableId;
    private final LayoutSaver saver;
    private final Set<TableColumn<S, ?>> watched = new HashSet<>();
    private final InvalidationListener changed;
    /** The remembered sort until it is applied (see {@link #restoreSortWithTheFirstRows}). */
    private List<TableLayout.SortKey> pendingSort = List.of();

    private RememberedTable(TableView<S> table, String tableId, LayoutSaver saver) {
        this.table = table;
        this.tableId = tableId;
        this.saver = saver;
        this.changed = o -> saver.changed();
    }

    /** Restores the table's layout, follows its changes and answers the part to track: the layout as it is. */
    static <S> Supplier<Map<String, String>> follow(TableView<S> table, String tableId, LayoutSaver saver) {
        RememberedTable<S> remembered = new RememberedTable<>(table, tableId, saver);
        TableLayout layout = saver.layout().table(tableId);
        remembered.restoreColumns(layout);
        remembered.restoreSortWithTheFirstRows(layout);
        remembered.watch();
        return remembered::entries;
    }

    /** Columns known by their id; a column without one (or a second one with the same id) stays where it was built. */
    private Map<String, TableColumn<S, ?>> identified() {
        Map<String, TableColumn<S, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(c -> {
            if (c.getId() != null) {
                byId.putIfAbsent(c.getId(), c);
            }
        });
        return byId;
    }

    private void restoreColumns(TableLayout layout) {
        if (layout.columns().isEmpty()) {
            return;
        }
        List<TableColumn<S, ?>> built = new ArrayList<>(table.getColumns());
        Map<String, TableColumn<S, ?>> byId = identified();
        List<String> ids = List.copyOf(byId.keySet());
        List<TableColumn<S, ?>> arranged = new ArrayList<>();
        layout.arrange(ids).forEach(id -> arranged.add(byId.get(id)));
        for (int i = 0; i < built.size(); i++) {
            if (!byId.containsValue(built.get(i))) {
                arranged.add(Math.min(i, arranged.size()), built.get(i));
            }
        }
        table.getColumns().setAll(arranged);
        layout.visibility(ids, id -> byId.get(id).isVisible()).forEach((id, shown) -> byId.get(id).setVisible(shown));
        ids.forEach(id -> layout.column(id).map(TableLayout.Column::width).filter(w -> !Double.isNaN(w))
                .ifPresent(width -> byId.get(id).setPrefWidth(width)));
    }

    /**
     * The sort is applied once the table has its first rows, not when it is first shown: a table whose sorting asks
     * the store (the catalog) would otherwise read behind the lock screen before anybody signed in.
     */
    private void restoreSortWithTheFirstRows(TableLayout layout) {
        if (layout.sort().isEmpty()) {
            return;
        }
        pendingSort = layout.sort();
        if (!table.getItems().isEmpty()) {
            applySort();
            return;
        }
        table.getItems().addListener(new ListChangeListener<S>() {
            @Override
            public void onChanged(Change<? extends S> change) {
                if (!table.getItems().isEmpty()) {
                    table.getItems().removeListener(this);
                    applySort();
                }
            }
        });
    }

    private void applySort() {
        Map<String, TableColumn<S, ?>> byId = identified();
        Set<String> sortable = new HashSet<>();
        byId.forEach((id, column) -> {
            if (column.isSortable()) {
                sortable.add(id);
            }
        });
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (TableLayout.SortKey key : new TableLayout(List.of(), pendingSort).sortAmong(sortable)) {
            TableColumn<S, ?> column = byId.get(key.id());
            column.setSortType(key.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            order.add(column);
        }
        pendingSort = List.of();
        table.getSortOrder().setAll(order);
    }

    private void watch() {
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) change -> {
            table.getColumns().forEach(this::watch);
            saver.changed();
        });
        table.getColumns().forEach(this::watch);
        table.getSortOrder().addListener(changed);
    }

    private void watch(TableColumn<S, ?> column) {
        if (watched.add(column)) {
            column.widthProperty().addListener(changed);
            column.visibleProperty().addListener(changed);
            column.sortTypeProperty().addListener(changed);
        }
    }

    /** The layout as it is now (a sort still waiting for the first rows is kept as remembered). */
    private Map<String, String> entries() {
        List<TableLayout.Column> columns = new ArrayList<>();
        identified().values().forEach(c -> columns.add(new TableLayout.Column(c.getId(),
                c.isVisible() && c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth(), c.isVisible())));
        List<TableLayout.SortKey> sort = new ArrayList<>(pendingSort);
        if (pendingSort.isEmpty()) {
            table.getSortOrder().stream().filter(c -> c.getId() != null).forEach(c -> sort.add(
                    new TableLayout.SortKey(c.getId(), c.getSortType() == TableColumn.SortType.DESCENDING)));
        }
        return saver.layout().entries(tableId, new TableLayout(columns, sort));
    }
}
