package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.stock.Warehouse;
import io.storedesk.ui.Choices;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.RevealInTable;
import io.storedesk.ui.SearchField;
import io.storedesk.ui.layout.LayoutMemory;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
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
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The after-sales pane: the queue of tickets someone still has to act on, most urgent first (everyone's or
 * mine, overdue, due within the hour, one type, text), and the focused ticket with its clocks, goods, next
 * steps and timeline on the right.
 */
public final class TicketQueuePane implements PaneView {

    private final VBox root = new VBox();
    private final TicketQueueViewModel model;
    private final TicketActionsViewModel actions;
    private final I18n i18n;
    private final TableView<QueueTicket> table;

    public TicketQueuePane(TicketQueueViewModel model, TicketActionsViewModel actions, I18n i18n) {
        this.model = model;
        this.actions = actions;
        this.i18n = i18n;
        root.setId("aftersales");
        root.getStyleClass().addAll("table-pane", "aftersales-pane");
        table = TicketQueueTable.create(model, i18n);
        Node detail = new TicketDetailPanel(model, actions, i18n).node();
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.69);
        LayoutMemory.remember(split, "aftersales");
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        i18n.localeProperty().addListener((obs, old, now) -> actions.loadChoices(TicketDesk.language(now)));
        root.getChildren().addAll(header(actions), chips(actions),
                Notices.bar("aftersales-notice", i18n, model.noticeProperty(), model::dismissNotice), split);
    }

    private HBox header(TicketActionsViewModel actions) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("nav.aftersales"));
        title.getStyleClass().add("pane-title");
        TextField search = SearchField.create("aftersales-search", i18n, "aftersales.search", 26);
        search.textProperty().bindBidirectional(model.textProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty().or(actions.busyProperty()));
        busy.setMaxSize(18, 18);
        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.setId("aftersales-refresh");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.refresh());
        Button open = new Button(null, Icon.ADD.node());
        open.setId("aftersales-new");
        open.textProperty().bind(i18n.text("aftersales.manual.open"));
        open.disableProperty().bind(actions.busyProperty().or(actions.canEditProperty().not()));
        DeniedHint.explain(open, actions.canEditProperty(), i18n);
        open.setOnAction(e -> ManualTicketDialog.show(root.getScene().getWindow(), i18n).ifPresent(actions::open));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, busy, search, open, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    /** Everyone's or mine (one or the other), then overdue, due-soon and to-receive as switches, then the type
     *  and the warehouse. */
    private FlowPane chips(TicketActionsViewModel actions) {
        ToggleGroup whose = new ToggleGroup();
        ToggleButton all = chip("aftersales-all", i18n.text("aftersales.filter.all", model.totalProperty()));
        ToggleButton mine = chip("aftersales-mine", i18n.text("aftersales.filter.mine", model.mineProperty()));
        all.setToggleGroup(whose);
        mine.setToggleGroup(whose);
        all.setSelected(!model.mineOnlyProperty().get());
        mine.setSelected(model.mineOnlyProperty().get());
        all.setOnAction(e -> {
            all.setSelected(true);
            model.mineOnlyProperty().set(false);
        });
        mine.setOnAction(e -> {
            mine.setSelected(true);
            model.mineOnlyProperty().set(true);
        });
        ToggleButton overdue = switchChip("aftersales-overdue", i18n.text("aftersales.filter.overdue",
                model.overdueProperty()), model.overdueOnlyProperty());
        ToggleButton soon = switchChip("aftersales-due-soon", i18n.text("aftersales.filter.dueSoon"),
                model.dueSoonOnlyProperty());
        ToggleButton receive = switchChip("aftersales-to-receive", i18n.text("aftersales.filter.toReceive",
                model.toReceiveProperty()), model.toReceiveOnlyProperty());
        ToggleButton everything = switchChip("aftersales-everything", i18n.text("aftersales.filter.everything"),
                model.everythingProperty());
        ComboBox<Warehouse> warehouse = Choices.withAnyNamed("aftersales-warehouse", i18n,
                "aftersales.filter.anyWarehouse", actions.warehouses(), Warehouse::name);
        warehouse.valueProperty().addListener((obs, old, now) -> model.warehouseProperty().set(now == null ? null
                : now.id()));
        ComboBox<TicketType> type = Choices.withAny("aftersales-type", i18n, "aftersales.filter.anyType",
                List.of(TicketType.values()), t -> "aftersales.type." + t.name());
        type.valueProperty().bindBidirectional(model.typeProperty());
        Label count = new Label();
        count.setId("aftersales-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.everythingProperty().get()
                        ? i18n.get("aftersales.count.found", model.rows().size())
                        : i18n.get("table.count", model.rows().size(), model.totalProperty().get()),
                model.rows(), model.totalProperty(), model.everythingProperty(), i18n.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tail = new HBox(8, type, warehouse, spacer, count);
        tail.setAlignment(Pos.CENTER_LEFT);
        FlowPane chips = new FlowPane(6, 6, all, mine, overdue, soon, receive, everything, tail);
        chips.getStyleClass().add("kind-chips");
        chips.setPadding(new Insets(4, 12, 4, 12));
        return chips;
    }

    private static ToggleButton chip(String id, ObservableValue<String> text) {
        ToggleButton chip = new ToggleButton();
        chip.setId(id);
        chip.getStyleClass().add("kind-chip");
        chip.textProperty().bind(text);
        return chip;
    }

    private static ToggleButton switchChip(String id, ObservableValue<String> text, BooleanProperty on) {
        ToggleButton chip = chip(id, text);
        chip.selectedProperty().bindBidirectional(on);
        return chip;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
        actions.loadChoices(TicketDesk.language(i18n.locale()));
    }

    /** The ticket with this code, finished or not (the queue's other filters off), and selected. */
    @Override
    public void reveal(String ticketCode) {
        RevealInTable.selectWhenRead(table, t -> ticketCode.equals(t.code()));
        model.mineOnlyProperty().set(false);
        model.overdueOnlyProperty().set(false);
        model.dueSoonOnlyProperty().set(false);
        model.toReceiveOnlyProperty().set(false);
        model.typeProperty().set(null);
        model.warehouseProperty().set(null);
        model.textProperty().set(ticketCode);
        model.everythingProperty().set(true);
        model.refresh();
    }

    /** Tickets past a running target: what the desk has to act on first. */
    @Override
    public ObservableValue<? extends Number> badge() {
        return model.overdueProperty();
    }
}
