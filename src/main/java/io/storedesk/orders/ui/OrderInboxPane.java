package io.storedesk.orders.ui;

import io.storedesk.orders.ChannelName;
import io.storedesk.orders.InboxRow;
import io.storedesk.orders.OrderStatus;
import io.storedesk.ui.Choices;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notice;
import io.storedesk.ui.Notices;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.RevealInTable;
import io.storedesk.ui.SearchField;
import io.storedesk.ui.layout.LayoutMemory;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The order-routing pane (审单 + 分仓): review new orders, route the waiting ones (or preview it), one chip per
 * status with its count, filters applied in the store, the orders with actions on the selection, and the focused
 * order's lines, stock per warehouse, parcels and explanation on the right.
 */
public final class OrderInboxPane implements PaneView {

    /** Chips in the order a person works through orders. */
    /** How long typing must pause before the search reads the store. */
    private static final int TYPING_PAUSE_MILLIS = 200;
    private static final List<OrderStatus> CHIPS = List.of(OrderStatus.PAID, OrderStatus.ON_HOLD,
            OrderStatus.ROUTED, OrderStatus.PENDING_PAYMENT, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
            OrderStatus.MERGED, OrderStatus.CANCELLED);

    private final VBox root = new VBox();
    private final OrderInboxViewModel model;
    private final OrderActionsViewModel actions;
    private final I18n i18n;
    private TableView<InboxRow> table;
    private FlowPane headerTools;

    public OrderInboxPane(OrderInboxViewModel model, OrderActionsViewModel actions, I18n i18n) {
        this(model, actions, i18n, AfterSalesHook.NONE);
    }

    public OrderInboxPane(OrderInboxViewModel model, OrderActionsViewModel actions, I18n i18n,
                          AfterSalesHook afterSales) {
        this.model = model;
        this.actions = actions;
        this.i18n = i18n;
        root.setId("orders");
        root.getStyleClass().addAll("table-pane", "orders-pane");
        table = OrderInboxTable.create(model, i18n);
        Node detail = new OrderDetailPanel(model, i18n).node();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        LayoutMemory.remember(split, "orders");
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header(), statuses(), filters(),
                Notices.bar("orders-notice", i18n, model.noticeProperty(), model::dismissNotice),
                new OrderActionBar(model, actions, i18n, afterSales).node(), split);
    }

    /**
     * Each search reads the store, so typing is applied once it pauses (or on Enter), not per keystroke; clearing
     * the filters clears the field.
     */
    private void followTypingAfterAPause(TextField search) {
        search.setText(model.textProperty().get());
        PauseTransition typing = new PauseTransition(Duration.millis(TYPING_PAUSE_MILLIS));
        typing.setOnFinished(e -> model.textProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(model.textProperty().get())) {
                typing.playFromStart();
            }
        });
        search.setOnAction(e -> {
            typing.stop();
            model.textProperty().set(search.getText());
        });
        model.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(search.getText())) {
                typing.stop();
                search.setText(now);
            }
        });
    }

    private HBox header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("nav.orders"));
        title.getStyleClass().add("pane-title");
        TextField search = SearchField.create("orders-search", i18n, "orders.search", 10);
        followTypingAfterAPause(search);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty().or(actions.busyProperty()));
        busy.setMaxSize(18, 18);
        Button review = action("orders-review", "orders.pane.review", Icon.REVIEW.node(),
                actions.canEditProperty());
        review.setOnAction(e -> actions.reviewNew());
        Button route = action("orders-route-all", "orders.pane.routeAll", Icon.ROUTE.node(),
                actions.canEditProperty());
        route.getStyleClass().add("accent");
        route.setOnAction(e -> actions.routeAllWaiting());
        // A preview changes nothing: whoever sees the orders may ask it.
        Button preview = action("orders-preview", "orders.pane.preview", Icon.PREVIEW.node(),
                new SimpleBooleanProperty(true));
        preview.setOnAction(e -> actions.previewRouting());
        Button rules = new Button(null, Icon.RULES.node());
        rules.setId("orders-rules");
        rules.getStyleClass().add("flat");
        rules.setTooltip(new Tooltip());
        rules.getTooltip().textProperty().bind(i18n.text("orders.rules.title"));
        DeniedHint.disableUnless(rules, actions.canEditProperty(), i18n);
        rules.setOnAction(e -> actions.editRules(loaded -> ReviewRulesDialog.edit(root.getScene().getWindow(), i18n,
                loaded).ifPresent(actions::saveRules)));
        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.setId("orders-refresh");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.refresh());
        // Labels never shorten to "Pic…": the title keeps its width, and the tools wrap onto a second row, right-
        // aligned, when the window (or a longer language) leaves too little room for one. The search box is narrow
        // so that they fit on one row at 1,280 pixels; the busy sign keeps its place, so loading never re-wraps.
        title.setMinWidth(Region.USE_PREF_SIZE);
        headerTools = new FlowPane(10, 6, busy, search, review, route, preview, rules, refresh);
        headerTools.setAlignment(Pos.CENTER_RIGHT);
        headerTools.setId("orders-header-tools");
        HBox.setHgrow(headerTools, Priority.ALWAYS);
        HBox header = new HBox(10, title, headerTools);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private Button action(String id, String key, FontIcon icon, BooleanExpression allowed) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.disableProperty().bind(actions.busyProperty().or(allowed.not()));
        DeniedHint.explain(button, allowed, i18n);
        return button;
    }

    /** "All 29,282 · Waiting 77 · On hold 28 · …": a click shows one status; the counts follow the other filters. */
    private FlowPane statuses() {
        ToggleGroup group = new ToggleGroup();
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("kind-chips");
        chips.getChildren().add(chip(group, "orders-status-all", i18n.text("orders.filter.status.all",
                model.countAllProperty()), null));
        for (OrderStatus status : CHIPS) {
            chips.getChildren().add(chip(group, "orders-status-" + status.name(),
                    i18n.text("orders.filter.status." + status.name(), model.countProperty(status)), status));
        }
        Runnable mark = () -> {
            OrderStatus now = model.statusProperty().get();
            String id = now == null ? "orders-status-all" : "orders-status-" + now.name();
            chips.getChildren().forEach(n -> ((ToggleButton) n).setSelected(id.equals(n.getId())));
        };
        model.statusProperty().addListener((obs, old, now) -> mark.run());
        mark.run();
        chips.setPadding(new Insets(4, 12, 4, 12));
        return chips;
    }

    private ToggleButton chip(ToggleGroup group, String id, ObservableValue<String> text, OrderStatus status) {
        ToggleButton chip = new ToggleButton();
        chip.setId(id);
        chip.getStyleClass().add("kind-chip");
        chip.textProperty().bind(text);
        chip.setToggleGroup(group);
        chip.setOnAction(e -> {
            chip.setSelected(true);
            model.statusProperty().set(status);
        });
        return chip;
    }

    private HBox filters() {
        ComboBox<ChannelName> channel = Choices.withAnyNamed("orders-filter-channel", i18n,
                "orders.filter.anyChannel", model.choices().channels(), ChannelName::name);
        channel.valueProperty().addListener((obs, old, now) -> model.channelProperty().set(now == null ? null
                : now.id()));
        model.channelProperty().addListener((obs, old, now) -> {
            if (now == null) {
                channel.setValue(null);
            }
        });
        ComboBox<String> hold = Choices.withAnyNamed("orders-filter-hold", i18n, "orders.filter.anyHold",
                model.choices().holdReasons(), code -> i18n.get("orders.hold." + code));
        hold.valueProperty().bindBidirectional(model.holdReasonProperty());
        // Hold reasons are message keys: the list's cells are made anew when the language changes.
        i18n.localeProperty().addListener((obs, old, now) -> {
            var cells = hold.getCellFactory();
            hold.setCellFactory(null);
            hold.setCellFactory(cells);
        });
        ComboBox<String> province = Choices.withAnyNamed("orders-filter-province", i18n,
                "orders.filter.anyProvince", model.choices().provinces(), p -> p);
        province.valueProperty().bindBidirectional(model.provinceProperty());
        ComboBox<InboxPeriod> period = Choices.withAny("orders-filter-period", i18n, "orders.filter.anyTime",
                List.of(InboxPeriod.values()), p -> "orders.filter.period." + p.name());
        period.valueProperty().bindBidirectional(model.periodProperty());
        Button clear = new Button();
        clear.setId("orders-clear-filters");
        clear.getStyleClass().add("flat");
        clear.textProperty().bind(i18n.text("catalog.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        Label count = new Label();
        count.setId("orders-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("table.count", model.rows().size(),
                model.totalProperty().get()), model.rows(), model.totalProperty(), i18n.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, channel, hold, province, period, clear, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    @Override
    public Node node() {
        return root;
    }

    // Actions added from outside the pane: the pick list (issue 10, decision 0030).
    /** Puts an action in the header, before the refresh button. */
    public void addHeaderAction(Node action) {
        headerTools.getChildren().add(headerTools.getChildren().size() - 1, action);
    }

    /** The ids of the selected orders, in the table's order. */
    public List<Long> selectedOrderIds() {
        return model.selection().stream().map(r -> r.id()).toList();
    }

    /** Shows what an added action did, or why not, in the pane's notice bar. */
    public void report(Notice notice) {
        model.report(notice);
    }

    /** Orders paid and waiting for routing, or on hold: what the desk has to act on. */
    @Override
    public ObservableValue<? extends Number> badge() {
        return model.waitingProperty();
    }

    @Override
    public void shown() {
        model.refresh();
    }

    /** The order with this number, found with every other filter cleared, and selected. */
    @Override
    public void reveal(String orderNumber) {
        RevealInTable.selectWhenRead(table, r -> orderNumber.equals(r.order().externalId()));
        model.clearFilters();
        model.textProperty().set(orderNumber);
    }
}
