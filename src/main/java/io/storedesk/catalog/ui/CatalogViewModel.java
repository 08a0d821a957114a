package io.storedesk.catalog.ui;

import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.BulkResult;
import io.storedesk.catalog.CatalogEditor;
import io.storedesk.catalog.CatalogExport;
import io.storedesk.catalog.CatalogQuery;
import io.storedesk.catalog.CatalogService;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.CategoryTree;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.MarginBand;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.ProductEdit;
import io.storedesk.catalog.SkuDetail;
import io.storedesk.catalog.SkuEdit;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.catalog.SkuSort;
import io.storedesk.common.Page;
import io.storedesk.security.Permission;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The catalog pane's state: the search text and filters, the sort and page, the rows shown, the
 * category tree, the selection and the SKU in the detail panel, and what the last action did. Filters,
 * sort and page refresh the table at once; the view debounces typing and then calls {@link #refresh}.
 */
public final class CatalogViewModel {

    public static final int PAGE_SIZE = 200;

    private final CatalogService catalog;
    private final CatalogEditor editor;
    private final CatalogExport export;
    private final TaskRunner tasks;
    private final Supplier<String> user;
    private final Supplier<Locale> locale;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Long> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<LifecycleStage> stage = new SimpleObjectProperty<>(this, "stage");
    private final ObjectProperty<Boolean> listed = new SimpleObjectProperty<>(this, "listed");
    private final ObjectProperty<MarginBand> marginBand = new SimpleObjectProperty<>(this, "marginBand");
    private final ObjectProperty<SkuSort> sort = new SimpleObjectProperty<>(this, "sort", SkuSort.CATALOG);
    private final BooleanProperty descending = new SimpleBooleanProperty(this, "descending");
    private final IntegerProperty offset = new SimpleIntegerProperty(this, "offset");

    private final ObservableList<SkuRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<CategoryTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<SkuRow> selection = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SkuDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private long generation;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.CATALOG_EDIT);
    private final BooleanExpression canChangePrices = rights.allows(Permission.CATALOG_EDIT, Permission.PRICE_CHANGE);
    private final BooleanExpression canImport = rights.allows(Permission.IMPORT, Permission.CATALOG_EDIT);
    private final BooleanExpression canExport = rights.allows(Permission.EXPORT);
    private long detailGeneration;
    /** Takes back this desk's last change (runs as a task, for the acting user) and says what it did; or null. */
    private Function<String, Notice> undoStep;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    public CatalogViewModel(CatalogService catalog, CatalogEditor editor, CatalogExport export, TaskRunner tasks,
                            Supplier<String> user, Supplier<Locale> locale) {
        this.catalog = catalog;
        this.editor = editor;
        this.export = export;
        this.tasks = tasks;
        this.user = user;
        this.locale = locale;
        for (var filter : List.of(category, stage, listed, marginBand, sort)) {
            filter.addListener((obs, old, now) -> firstPage());
        }
        descending.addListener((obs, old, now) -> firstPage());
    }

    /** The query the table shows now. */
    public CatalogQuery query() {
        return new CatalogQuery(text.get(), category.get(), stage.get(), listed.get(), marginBand.get(), sort.get(),
                descending.get(), offset.get(), PAGE_SIZE);
    }

    private void firstPage() {
        offset.set(0);
        refresh();
    }

    /** Runs the current query; an answer to an older query than the latest is dropped. */
    public void refresh() {
        long asked = ++generation;
        CatalogQuery query = query();
        loading.set(true);
        tasks.run("task.search", progress -> catalog.search(query), (Page<SkuRow> page) -> {
            if (asked == generation) {
                rows.setAll(page.rows());
                total.set(page.total());
                failure.set(null);
                loading.set(false);
            }
        }, error -> {
            if (asked == generation) {
                failure.set(error);
                loading.set(false);
            }
        });
    }

    /** The table from the first page, with the tree's counts fetched afresh. */
    public void reload() {
        refreshTree();
        refresh();
    }

    public void refreshTree() {
        tasks.run("task.catalog.tree", progress -> new TreeAndCategories(catalog.categoryTree(), catalog.categories()),
                (TreeAndCategories loaded) -> {
                    tree.set(loaded.tree());
                    categories.setAll(loaded.categories());
                }, error -> notice.set(Notice.problem(error)));
    }

    private record TreeAndCategories(CategoryTree tree, List<Category> categories) {
    }

    public boolean hasNextPage() {
        return offset.get() + PAGE_SIZE < total.get();
    }

    public void nextPage() {
        if (hasNextPage()) {
            offset.set(offset.get() + PAGE_SIZE);
            refresh();
        }
    }

    public void previousPage() {
        if (offset.get() > 0) {
            offset.set(Math.max(0, offset.get() - PAGE_SIZE));
            refresh();
        }
    }

    /** Clears the text and every filter (the category included). */
    public void clearFilters() {
        text.set("");
        category.set(null);
        stage.set(null);
        listed.set(null);
        marginBand.set(null);
        firstPage();
    }

    /** Shows one SKU in the detail panel (null clears it). */
    public void focus(SkuRow row) {
        long asked = ++detailGeneration;
        if (row == null) {
            detail.set(null);
            return;
        }
        tasks.run("task.catalog.detail", progress -> catalog.detail(row.id()), (SkuDetail loaded) -> {
            if (asked == detailGeneration) {
                detail.set(loaded);
            }
        }, error -> notice.set(Notice.problem(error)));
    }

    /**
     * Saves one field edited in the table. The row is replaced by the stored one; a refused edit (a
     * value that is not valid, or a SKU changed by someone else meanwhile) says why and shows the
     * current values.
     */
    public void edit(SkuRow row, SkuField field, String value) {
        tasks.run("task.catalog.save",
                progress -> editor.edit(new SkuEdit(row.id(), row.version(), field, value), user.get()),
                (SkuRow saved) -> {
                    replace(saved);
                    notice.set(Notice.done("catalog.notice.saved", saved.code()));
                    rememberUndo(saved.version() == row.version() ? null : acting -> {
                        editor.edit(new SkuEdit(saved.id(), saved.version(), field, valueOf(row, field)), acting);
                        return Notice.done("catalog.notice.editUndone", saved.code());
                    });
                }, error -> {
                    notice.set(Notice.problem(error));
                    reloadRow(row.id());
                });
    }

    private void reloadRow(long id) {
        tasks.run("task.catalog.detail", progress -> catalog.row(id), found -> found.ifPresent(this::replace),
                error -> { });
    }

    private void replace(SkuRow saved) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == saved.id()) {
                rows.set(i, saved);
            }
        }
        SkuDetail shown = detail.get();
        if (shown != null && (shown.sku().id() == saved.id() || shown.sku().productCode().equals(saved.productCode()))) {
            focus(shown.sku().id() == saved.id() ? saved : shown.sku());
        }
    }

    /** Applies a bulk change to the selected SKUs, as they were when selected; all or nothing. */
    public void applyToSelection(BulkChange change) {
        Map<Long, Integer> selected = new LinkedHashMap<>();
        selection.forEach(r -> selected.put(r.id(), r.version()));
        if (selected.isEmpty()) {
            return;
        }
        tasks.run("task.catalog.bulk", progress -> editor.apply(selected, change, user.get()), (BulkResult done) -> {
            notice.set(Notice.done("catalog.notice.bulkDone", done.skusChanged(), done.productsChanged(),
                    done.unchanged()));
            rememberUndo(done.revert().isEmpty() ? null : acting -> undone(editor.revert(done.revert(), acting)));
            reload();
            SkuDetail shown = detail.get();
            if (shown != null) {
                focus(shown.sku());
            }
        }, error -> {
            notice.set(Notice.problem(error));
            refresh();
        });
    }

    /**
     * Takes back this desk's last inline edit or bulk change, unless someone changed the same rows since (then
     * the refusal names them and nothing changes). Imports have their own undo, from the import history.
     */
    public void undo() {
        Function<String, Notice> step = undoStep;
        if (step == null) {
            return;
        }
        rememberUndo(null);
        tasks.run("task.catalog.undo", progress -> step.apply(user.get()), (Notice done) -> {
            notice.set(done);
            reload();
        }, error -> {
            notice.set(Notice.problem(error));
            reload();
        });
    }

    private void rememberUndo(Function<String, Notice> step) {
        undoStep = step;
        canUndo.set(step != null);
    }

    private static Notice undone(BulkResult result) {
        return Notice.done("catalog.notice.undone", result.skusChanged(), result.productsChanged());
    }

    /** The value a field had in a row, as the inline editor would type it. */
    private static String valueOf(SkuRow row, SkuField field) {
        return switch (field) {
            case PRICE -> row.price().amount().toPlainString();
            case COST -> row.cost() == null ? "" : row.cost().amount().toPlainString();
            case STAGE -> row.stage().name();
            case LISTED -> String.valueOf(row.listed());
        };
    }

    /** Saves the product form of the detail panel. */
    public void saveProduct(ProductEdit edit) {
        tasks.run("task.catalog.save", progress -> editor.save(edit, user.get()), (Product saved) -> {
            notice.set(Notice.done("catalog.notice.productSaved", saved.code()));
            reload();
            SkuDetail shown = detail.get();
            if (shown != null) {
                focus(shown.sku());
            }
        }, error -> {
            notice.set(Notice.problem(error));
            SkuDetail shown = detail.get();
            if (shown != null) {
                focus(shown.sku());
            }
        });
    }

    /** Writes the selected SKUs, or every SKU of the current view (all its pages), to CSV or XLSX. */
    public void export(Path file, boolean selectionOnly) {
        List<Long> chosen = selection.stream().map(SkuRow::id).toList();
        CatalogQuery view = query();
        Locale language = locale.get();
        tasks.run("task.catalog.export", progress -> {
            List<Long> ids = selectionOnly ? chosen : catalog.matchingIds(view);
            return export.export(file, ids, language, done -> progress.update(done, ids.size()));
        }, (Long written) -> notice.set(Notice.done("catalog.notice.exported", written, file.getFileName().toString())),
                error -> notice.set(Notice.problem(error)));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The category shown (its sub-categories included); null = all, {@link CatalogQuery#UNCATEGORISED}. */
    public ObjectProperty<Long> categoryProperty() {
        return category;
    }

    public ObjectProperty<LifecycleStage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Boolean> listedProperty() {
        return listed;
    }

    public ObjectProperty<MarginBand> marginBandProperty() {
        return marginBand;
    }

    public ObjectProperty<SkuSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public IntegerProperty offsetProperty() {
        return offset;
    }

    public ObservableList<SkuRow> rows() {
        return rows;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CategoryTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    /** The rows selected in the table (the view keeps it in step). */
    public ObservableList<SkuRow> selection() {
        return selection;
    }

    public ReadOnlyObjectProperty<SkuDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Whether there is a change of this desk to take back ({@link #undo}). */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Inline edits, the product form and bulk changes. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }

    /** Prices, inline or in bulk. */
    public BooleanExpression canChangePricesProperty() {
        return canChangePrices;
    }

    /** The catalog import (a file with prices also needs the price right). */
    public BooleanExpression canImportProperty() {
        return canImport;
    }

    /** Exports of the catalog. */
    public BooleanExpression canExportProperty() {
        return canExport;
    }
}
