package io.storedesk.stock.ui;

import io.storedesk.catalog.Category;
import io.storedesk.security.Permission;
import io.storedesk.stock.AbcClass;
import io.storedesk.stock.ClearanceSuggestion;
import io.storedesk.stock.Dismissal;
import io.storedesk.stock.Movement;
import io.storedesk.stock.PlanningPolicy;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.ReorderSuggestion;
import io.storedesk.stock.SalesHistory;
import io.storedesk.stock.StockOverview;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.TransferSuggestion;
import io.storedesk.stock.Warehouse;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.WarningRow;
import io.storedesk.stock.XyzClass;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stock-warning pane's state: the warnings of the last planning run, their counts by kind, the filters
 * (kind, warehouse, category, ABC and XYZ class, supplier, text), the selection and the selected position's ledger
 * and sales, and what the last action did. Filters apply at once to the rows already planned; actions that
 * change stock plan again.
 */
public final class StockWarningsViewModel {

    private final StockDesk desk;
    private final TaskRunner tasks;
    private final java.util.function.Supplier<String> user;

    private final ObjectProperty<WarningKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<String> warehouse = new SimpleObjectProperty<>(this, "warehouse");
    private final ObjectProperty<Long> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<AbcClass> abc = new SimpleObjectProperty<>(this, "abc");
    private final ObjectProperty<XyzClass> xyz = new SimpleObjectProperty<>(this, "xyz");
    private final ObjectProperty<Long> supplier = new SimpleObjectProperty<>(this, "supplier");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    private final ObservableList<WarningRow> rows = FXCollections.observableArrayList();
    private final ObservableList<WarningRow> selection = FXCollections.observableArrayList();
    private final Map<WarningKind, ReadOnlyIntegerWrapper> counts = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper putAside = new ReadOnlyIntegerWrapper(this, "putAside");
    private final ReadOnlyIntegerWrapper reorderable = new ReadOnlyIntegerWrapper(this, "reorderable");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    /** What this desk last put aside, for undo; empty when there is nothing to take back. */
    private final ObservableList<Dismissal> lastPutAside = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyObjectWrapper<PositionDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ObservableList<Warehouse> warehouses = FXCollections.observableArrayList();
    private final ObservableList<Supplier> suppliers = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final Map<Long, Long> parents = new HashMap<>();
    private StockOverview overview;
    private PlanningPolicy policy = PlanningPolicy.DEFAULT;
    private long detailGeneration;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.STOCK_EDIT);
    private final BooleanExpression canMarkDown = rights.allows(Permission.CATALOG_EDIT, Permission.PRICE_CHANGE);
    private final BooleanExpression canImport = rights.allows(Permission.IMPORT);

    public StockWarningsViewModel(StockDesk desk, TaskRunner tasks, java.util.function.Supplier<String> user) {
        this.desk = desk;
        this.tasks = tasks;
        this.user = user;
        for (WarningKind k : WarningKind.values()) {
            counts.put(k, new ReadOnlyIntegerWrapper(this, "count" + k));
        }
        for (var filter : List.of(kind, warehouse, category, abc, xyz, supplier)) {
            filter.addListener((obs, old, now) -> applyFilters());
        }
        text.addListener((obs, old, now) -> applyFilters());
    }

    /** Plans again (in the background) and shows the result; the filters stay as they are. */
    public void refresh() {
        loading.set(true);
        tasks.run("task.stockPlan", progress -> desk.load(), (StockDesk.Loaded loaded) -> {
            overview = loaded.overview();
            policy = loaded.policy();
            warehouses.setAll(loaded.warehouses());
            suppliers.setAll(loaded.suppliers());
            categories.setAll(loaded.categories().stream().filter(c -> c.parentId() == null).toList());
            parents.clear();
            loaded.categories().forEach(c -> parents.put(c.id(), c.parentId()));
            counts.forEach((k, count) -> count.set(overview.count(k)));
            total.set(overview.total());
            putAside.set(overview.putAside());
            loading.set(false);
            applyFilters();
        }, error -> {
            loading.set(false);
            notice.set(Notice.problem(error));
        });
    }

    private void applyFilters() {
        if (overview == null) {
            return;
        }
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        List<WarningRow> shown = new ArrayList<>();
        for (WarningRow row : overview.rows()) {
            if (matches(row, needle)) {
                shown.add(row);
            }
        }
        rows.setAll(shown);
        selection.clear();
        reorderable.set((int) shown.stream().filter(r -> r.reorder() != null).count());
    }

    private boolean matches(WarningRow row, String needle) {
        var w = row.warning();
        return (kind.get() == null || w.kind() == kind.get())
                && (warehouse.get() == null || warehouse.get().equals(w.warehouseCode()))
                && (abc.get() == null || row.abc() == abc.get())
                && (xyz.get() == null || (row.plan() == null ? XyzClass.Z : row.plan().xyz()) == xyz.get())
                && (supplier.get() == null || supplier.get().equals(row.supplierId()))
                && (category.get() == null || inCategory(row.categoryId(), category.get()))
                && (needle.isEmpty() || w.skuCode().toLowerCase(Locale.ROOT).contains(needle)
                        || (w.title() != null && w.title().toLowerCase(Locale.ROOT).contains(needle)));
    }

    private boolean inCategory(long categoryId, long wanted) {
        return categoryId == wanted || Long.valueOf(wanted).equals(parents.get(categoryId));
    }

    /** Shows the position's ledger and daily sales; an answer for an earlier selection is dropped. */
    public void showDetail(WarningRow row) {
        long asked = ++detailGeneration;
        if (row == null) {
            detail.set(null);
            return;
        }
        PositionKey key = row.warning().key();
        tasks.run("task.stockDetail", progress -> new PositionDetail(row, desk.ledger(key), desk.sales(key)),
                (PositionDetail loaded) -> {
                    if (asked == detailGeneration) {
                        detail.set(loaded);
                    }
                }, error -> notice.set(Notice.problem(error)));
    }

    /**
     * Turns the reorder suggestions of the selected rows (or, with nothing selected, of every row shown) into
     * draft purchase orders, one per supplier and warehouse, then plans again.
     */
    public void createPurchaseOrders() {
        List<ReorderSuggestion> suggestions = chosen(WarningRow::reorder);
        if (suggestions.isEmpty()) {
            notice.set(Notice.done("stock.notice.nothingToOrder"));
            return;
        }
        tasks.run("task.purchaseOrders", progress -> desk.createPurchaseOrders(suggestions, user.get()),
                (List<String> codes) -> {
                    notice.set(Notice.done("stock.notice.purchaseOrdersCreated", codes.size(),
                            suggestions.size(), String.join(", ", codes)));
                    refresh();
                }, error -> notice.set(Notice.problem(error)));
    }

    /**
     * Turns the planned moves of the selected rows (or of every row shown) into draft transfers, one per pair
     * of warehouses, then plans again.
     */
    public void createTransfers() {
        List<TransferSuggestion> moves = chosen(WarningRow::transfer);
        if (moves.isEmpty()) {
            notice.set(Notice.done("stock.notice.nothingToMove"));
            return;
        }
        tasks.run("task.transfers", progress -> desk.createTransfers(moves, user.get()), (List<String> codes) -> {
            notice.set(Notice.done("stock.notice.transfersCreated", codes.size(), moves.size(),
                    String.join(", ", codes)));
            refresh();
        }, error -> notice.set(Notice.problem(error)));
    }

    /** Marks down the prices of the selected rows' SKUs (or all shown) by their clearance discounts. */
    public void markDown() {
        List<ClearanceSuggestion> clearances = chosen(WarningRow::clearance);
        if (clearances.isEmpty()) {
            notice.set(Notice.done("stock.notice.nothingToClear"));
            return;
        }
        tasks.run("task.markdown", progress -> desk.markDown(clearances, user.get()), (Integer changed) -> {
            notice.set(Notice.done("stock.notice.markedDown", changed));
            refresh();
        }, error -> notice.set(Notice.problem(error)));
    }

    /** One kind of suggestion of the selected rows, or of every row shown when none is selected. */
    private <T> List<T> chosen(Function<WarningRow, T> suggestion) {
        List<WarningRow> from = selection.isEmpty() ? List.copyOf(rows) : List.copyOf(selection);
        return from.stream().map(suggestion).filter(Objects::nonNull).distinct().toList();
    }

    /** Puts the selected warnings aside until they clear. */
    public void dismissSelected(String reason) {
        putAsideSelected(reason, 0);
    }

    /** Puts the selected warnings aside for some days. */
    public void snoozeSelected(String reason, int days) {
        putAsideSelected(reason, days);
    }

    private void putAsideSelected(String reason, int days) {
        List<WarningRow> chosen = List.copyOf(selection);
        if (chosen.isEmpty()) {
            return;
        }
        tasks.run("task.stockPutAside", progress -> {
            List<Dismissal> made = new ArrayList<>();
            for (WarningRow row : chosen) {
                made.add(days == 0 ? desk.planning().dismiss(row.key(), reason, user.get())
                        : desk.planning().snooze(row.key(), days, reason, user.get()));
            }
            return made;
        }, (List<Dismissal> made) -> {
            lastPutAside.setAll(made);
            canUndo.set(true);
            notice.set(days == 0 ? Notice.done("stock.notice.dismissed", made.size())
                    : Notice.done("stock.notice.snoozed", made.size(), days));
            refresh();
        }, error -> notice.set(Notice.problem(error)));
    }

    /** Shows again the warnings this desk last dismissed or snoozed (those nobody put aside again since). */
    public void undo() {
        List<Dismissal> made = List.copyOf(lastPutAside);
        if (made.isEmpty()) {
            return;
        }
        tasks.run("task.stockPutAside", progress -> desk.planning().putBack(made, user.get()), (Integer back) -> {
            lastPutAside.clear();
            canUndo.set(false);
            notice.set(back == made.size() ? Notice.done("stock.notice.putBack", back)
                    : Notice.done("stock.notice.putBackSome", back, made.size() - back));
            refresh();
        }, error -> notice.set(Notice.problem(error)));
    }

    /** True after this desk dismissed or snoozed warnings, until that is undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Every filter back to "any". */
    public void clearFilters() {
        kind.set(null);
        warehouse.set(null);
        category.set(null);
        abc.set(null);
        xyz.set(null);
        supplier.set(null);
        text.set("");
    }

    /** The thresholds as the last planning run read them (the defaults before the first). */
    public PlanningPolicy policy() {
        return policy;
    }

    /** Saves new thresholds and plans again with them; a refusal leaves the old ones and says why. */
    public void savePolicy(PlanningPolicy policy) {
        tasks.run("task.stockPolicy", progress -> {
            desk.planning().savePolicy(policy, user.get());
            return policy;
        }, saved -> {
            notice.set(Notice.done("stock.notice.policySaved"));
            refresh();
        }, error -> notice.set(Notice.problem(error)));
    }

    public ReadOnlyIntegerProperty countProperty(WarningKind warningKind) {
        return counts.get(warningKind).getReadOnlyProperty();
    }

    public ObjectProperty<WarningKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> warehouseProperty() {
        return warehouse;
    }

    public ObjectProperty<Long> categoryProperty() {
        return category;
    }

    public ObjectProperty<AbcClass> abcProperty() {
        return abc;
    }

    public ObjectProperty<XyzClass> xyzProperty() {
        return xyz;
    }

    public ObjectProperty<Long> supplierProperty() {
        return supplier;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<WarningRow> rows() {
        return rows;
    }

    public ObservableList<WarningRow> selection() {
        return selection;
    }

    public ObservableList<Warehouse> warehouses() {
        return warehouses;
    }

    public ObservableList<Supplier> suppliers() {
        return suppliers;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty putAsideProperty() {
        return putAside.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reorderableProperty() {
        return reorderable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PositionDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The selected position's ledger (oldest first) and its daily sales (null before the first plan). */
    public record PositionDetail(WarningRow row, List<Movement> ledger, SalesHistory sales) {
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Purchase orders and transfers from the plan, putting warnings aside, the policies. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }

    /** Clearance markdowns (they change prices). */
    public BooleanExpression canMarkDownProperty() {
        return canMarkDown;
    }

    /** Imports at all (each kind also needs its own right, see ImportService.requiredRights). */
    public BooleanExpression canImportProperty() {
        return canImport;
    }
}
