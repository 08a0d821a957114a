package io.storedesk.stock.ui;

import io.storedesk.catalog.Category;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportService;
import io.storedesk.security.Permission;
import io.storedesk.stock.AbcClass;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.Warehouse;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.XyzClass;
import io.storedesk.ui.Choices;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.SearchField;
import io.storedesk.ui.layout.LayoutMemory;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The stock-warning pane: one chip per warning kind with its count, filters, the warnings with their
 * figures and suggestions, actions on the selection (purchase orders, snooze, dismiss), and the selected
 * position's sales and ledger on the right.
 */
public final class StockWarningsPane implements PaneView {

    private static final double FILTER_WIDTH = 150;

    private final VBox root = new VBox();
    private final StockWarningsViewModel model;
    private final PurchaseOrdersViewModel purchaseOrders;
    private final ChannelStockViewModel channelStock;
    private final ImportOpener openImport;
    private final I18n i18n;

    /**
     * openImport: opens the import wizard over this window for a stocktake or stock settings file; it runs
     * the given action when an import changed data.
     */
    public StockWarningsPane(StockWarningsViewModel model, PurchaseOrdersViewModel purchaseOrders,
                             ChannelStockViewModel channelStock, I18n i18n, ImportOpener openImport) {
        this.model = model;
        this.channelStock = channelStock;
        this.openImport = openImport;
        this.purchaseOrders = purchaseOrders;
        this.i18n = i18n;
        root.setId("stock");
        root.getStyleClass().addAll("table-pane", "stock-pane");
        Node table = StockWarningsTable.create(model, i18n);
        Node detail = new PositionDetailPanel(model, i18n).node();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.73);
        LayoutMemory.remember(split, "stock");
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header(), kinds(), filters(), noticeBar(), actions(), split);
    }

    private HBox header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("nav.stock"));
        title.getStyleClass().add("pane-title");
        TextField search = SearchField.create("stock-search", i18n, "stock.search", 24);
        search.textProperty().bindBidirectional(model.textProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.setMaxSize(18, 18);
        // The policies live behind one menu: a 1280-pixel window has no room for a button each.
        MenuButton policies = new MenuButton(null, Icon.RULES.node());
        policies.setId("stock-policies");
        policies.textProperty().bind(i18n.text("stock.policies"));
        MenuItem thresholds = new MenuItem();
        thresholds.setId("stock-thresholds");
        thresholds.textProperty().bind(i18n.text("stock.thresholds"));
        thresholds.setOnAction(e -> PolicyDialog.edit(root.getScene().getWindow(), i18n, model.policy())
                .ifPresent(model::savePolicy));
        MenuItem channels = new MenuItem(null, Icon.SHOP.node());
        channels.setId("stock-channel-stock");
        channels.textProperty().bind(i18n.text("stock.channel.menu"));
        channels.setOnAction(e -> ChannelStockDialog.open(root.getScene().getWindow(), i18n, channelStock));
        policies.getItems().addAll(thresholds, channels);
        DeniedHint.disableUnless(policies, model.canEditProperty(), i18n);
        MenuButton imports = new MenuButton(null, Icon.IMPORT.node());
        imports.setId("stock-import");
        imports.textProperty().bind(i18n.text("catalog.import"));
        for (ImportKindId kind : List.of(ImportKindId.STOCK_COUNT, ImportKindId.STOCK_SETTINGS)) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(i18n.text("import.kind." + kind.name()));
            item.setOnAction(e -> openImport.open(root.getScene().getWindow(), kind, model::refresh));
            DeniedHint.disableUnless(item, model.rights().allows(ImportService.requiredRights(kind)
                    .toArray(Permission[]::new)));
            imports.getItems().add(item);
        }
        DeniedHint.disableUnless(imports, model.canImportProperty(), i18n);
        Button orders = new Button(null, Icon.PURCHASE_ORDERS.node());
        orders.setId("stock-purchase-orders");
        orders.textProperty().bind(i18n.text("stock.purchaseOrders"));
        orders.setOnAction(e -> PurchaseOrdersWindow.open(root.getScene().getWindow(), i18n, purchaseOrders,
                model.suppliers().stream().collect(Collectors.toMap(Supplier::id, Supplier::name)),
                model.warehouses().stream().collect(Collectors.toMap(Warehouse::id, Warehouse::code))));
        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.setId("stock-refresh");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.refresh());
        Button undo = new Button(null, Icon.UNDO.node());
        undo.setId("stock-undo");
        undo.textProperty().bind(i18n.text("catalog.action.undo"));
        undo.setTooltip(new Tooltip());
        undo.getTooltip().textProperty().bind(i18n.text("stock.action.undo.tooltip"));
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undo());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, busy, search, undo, imports, orders, policies, refresh);
        // When Undo appears a 1280-pixel window runs out of room: the search field gives way, never a label.
        for (Region keepsItsWidth : List.of(title, undo, imports, orders, policies, refresh)) {
            keepsItsWidth.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(140);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    /** "All 57 · Out of stock 5 · ...": a click shows one kind; the counts are what to act on. */
    private FlowPane kinds() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton();
        all.setId("stock-kind-all");
        all.textProperty().bind(i18n.text("stock.kind.all", model.totalProperty()));
        all.setToggleGroup(group);
        all.setSelected(true);
        all.setOnAction(e -> {
            all.setSelected(true);
            model.kindProperty().set(null);
        });
        FlowPane chips = new FlowPane(6, 6, all);
        chips.getStyleClass().add("kind-chips");
        for (WarningKind kind : WarningKind.values()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("stock-kind-" + kind.name());
            chip.getStyleClass().addAll("kind-chip", "warning-" + kind.name().toLowerCase().replace('_', '-'));
            chip.textProperty().bind(i18n.text("stock.kind." + kind.name(), model.countProperty(kind)));
            chip.setToggleGroup(group);
            chip.setOnAction(e -> {
                chip.setSelected(true);
                model.kindProperty().set(kind);
            });
            chips.getChildren().add(chip);
        }
        model.kindProperty().addListener((obs, old, now) -> {
            String id = now == null ? "stock-kind-all" : "stock-kind-" + now.name();
            chips.getChildren().forEach(n -> ((ToggleButton) n).setSelected(id.equals(n.getId())));
        });
        chips.setPadding(new javafx.geometry.Insets(4, 12, 4, 12));
        return chips;
    }

    private HBox filters() {
        ComboBox<Warehouse> warehouse = Choices.withAnyNamed("stock-filter-warehouse", i18n,
                "stock.filter.anyWarehouse", model.warehouses(), Warehouse::name);
        follow(warehouse, model.warehouseProperty(), Warehouse::code);
        ComboBox<Category> category = Choices.withAnyNamed("stock-filter-category", i18n, "stock.filter.anyCategory",
                model.categories(), Category::name);
        follow(category, model.categoryProperty(), Category::id);
        ComboBox<AbcClass> abc = Choices.withAny("stock-filter-abc", i18n, "stock.filter.anyAbc",
                List.of(AbcClass.values()), c -> "stock.abc." + c.name());
        abc.valueProperty().bindBidirectional(model.abcProperty());
        ComboBox<XyzClass> xyz = Choices.withAny("stock-filter-xyz", i18n, "stock.filter.anyXyz",
                List.of(XyzClass.values()), c -> "stock.xyz." + c.name());
        xyz.valueProperty().bindBidirectional(model.xyzProperty());
        ComboBox<Supplier> supplier = Choices.withAnyNamed("stock-filter-supplier", i18n, "stock.filter.anySupplier",
                model.suppliers(), Supplier::name);
        follow(supplier, model.supplierProperty(), Supplier::id);
        Button clear = new Button();
        clear.setId("stock-clear-filters");
        clear.getStyleClass().add("flat");
        clear.textProperty().bind(i18n.text("catalog.filter.clear"));
        clear.setOnAction(e -> {
            model.clearFilters();
            warehouse.setValue(null);
            category.setValue(null);
            supplier.setValue(null);
        });
        Label count = new Label();
        count.setId("stock-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("stock.count", model.rows().size(),
                model.putAsideProperty().get()), model.rows(), model.putAsideProperty(), i18n.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A combo is as wide as its longest choice ("Class Z (erratic or none)"; its list still is): at one width
        // the five and the button fit a 1,280-pixel window with the count, and none is squeezed to "All wareh…".
        for (ComboBox<?> box : List.of(warehouse, category, abc, xyz, supplier)) {
            box.setPrefWidth(FILTER_WIDTH);
            box.setMinWidth(Region.USE_PREF_SIZE);
        }
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, warehouse, category, abc, xyz, supplier, clear, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    /** A combo of things whose key is what the view model filters by. */
    private static <T, K> void follow(ComboBox<T> box, ObjectProperty<K> filter, Function<T, K> key) {
        box.valueProperty().addListener((obs, old, now) -> filter.set(now == null ? null : key.apply(now)));
    }

    private HBox actions() {
        Button order = new Button(null, Icon.REORDER.node());
        order.setId("stock-create-purchase-orders");
        order.getStyleClass().add("accent");
        order.textProperty().bind(Bindings.createStringBinding(() -> model.selection().isEmpty()
                ? i18n.get("stock.action.orderShown", model.reorderableProperty().get())
                : i18n.get("stock.action.orderSelected", model.selection().stream()
                        .filter(r -> r.reorder() != null).count()),
                model.selection(), model.reorderableProperty(), i18n.localeProperty()));
        order.setOnAction(e -> model.createPurchaseOrders());
        DeniedHint.disableUnless(order, model.canEditProperty(), i18n);
        Button move = new Button(null, Icon.TRANSFER.node());
        move.setId("stock-create-transfers");
        move.textProperty().bind(i18n.text("stock.action.transfer"));
        move.setOnAction(e -> model.createTransfers());
        DeniedHint.disableUnless(move, model.canEditProperty(), i18n);
        Button clear = new Button(null, Icon.CLEARANCE.node());
        clear.setId("stock-mark-down");
        clear.textProperty().bind(i18n.text("stock.action.markDown"));
        clear.setOnAction(e -> model.markDown());
        DeniedHint.disableUnless(clear, model.canMarkDownProperty(), i18n);
        Button snooze = new Button(null, Icon.SNOOZE.node());
        snooze.setId("stock-snooze");
        snooze.textProperty().bind(i18n.text("stock.action.snooze"));
        snooze.disableProperty().bind(Bindings.isEmpty(model.selection()).or(model.canEditProperty().not()));
        DeniedHint.explain(snooze, model.canEditProperty(), i18n);
        snooze.setOnAction(e -> PutAsideDialog.ask(root.getScene().getWindow(), i18n, true)
                .ifPresent(answer -> model.snoozeSelected(answer.reason(), answer.days())));
        Button dismiss = new Button(null, Icon.DISMISS.node());
        dismiss.setId("stock-dismiss");
        dismiss.textProperty().bind(i18n.text("stock.action.dismiss"));
        dismiss.disableProperty().bind(Bindings.isEmpty(model.selection()).or(model.canEditProperty().not()));
        DeniedHint.explain(dismiss, model.canEditProperty(), i18n);
        dismiss.setOnAction(e -> PutAsideDialog.ask(root.getScene().getWindow(), i18n, false)
                .ifPresent(answer -> model.dismissSelected(answer.reason())));
        HBox bar = new HBox(8, order, move, clear, snooze, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private Node noticeBar() {
        return Notices.bar("stock-notice", i18n, model.noticeProperty(), model::dismissNotice);
    }

    /** Opens the import wizard for a kind of file over a window. */
    @FunctionalInterface
    public interface ImportOpener {
        void open(Window owner, ImportKindId kind, Runnable changed);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<? extends Number> badge() {
        return model.totalProperty();
    }

    @Override
    public void shown() {
        model.refresh();
    }
}
