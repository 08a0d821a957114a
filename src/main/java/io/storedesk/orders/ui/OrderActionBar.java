package io.storedesk.orders.ui;

import io.storedesk.orders.InboxRow;
import io.storedesk.orders.ui.OrderDesk.MergeSuggestion;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The actions on the selected orders, and the merges the review suggests; each waits while another runs. */
final class OrderActionBar {

    // A row that wraps: at 1,280 pixels and below, the actions take a second row rather than shorten their labels.
    private final FlowPane root = new FlowPane(6, 6);
    private final OrderInboxViewModel inbox;
    private final OrderActionsViewModel actions;
    private final I18n i18n;

    OrderActionBar(OrderInboxViewModel inbox, OrderActionsViewModel actions, I18n i18n, AfterSalesHook afterSales) {
        this.inbox = inbox;
        this.actions = actions;
        this.i18n = i18n;
        Button route = button("orders-route-selected", "orders.action.routeSelected", Icon.ROUTE.node(),
                actions.canRouteSelected());
        route.setOnAction(e -> actions.routeSelected());
        Button hold = button("orders-hold", "orders.action.hold", Icon.HOLD.node(),
                actions.canHold());
        hold.setOnAction(e -> actions.holdSelected());
        Button release = button("orders-release", "orders.action.release", Icon.RELEASE.node(), actions.canRelease());
        release.setOnAction(e -> actions.releaseSelected());
        Button merge = button("orders-merge", "orders.action.merge", Icon.MERGE.node(),
                actions.canMerge());
        merge.setOnAction(e -> actions.mergeSelected());
        Button choose = button("orders-choose-route", "orders.action.chooseRoute", Icon.EDIT.node(),
                actions.canChooseRoute());
        choose.setOnAction(e -> chooseRoute());
        Button ticket = new Button(null, Icon.AFTER_SALES.node());
        ticket.setId("orders-after-sales");
        ticket.textProperty().bind(i18n.text("orders.action.afterSales"));
        ticket.disableProperty().bind(inbox.detailProperty().isNull().or(actions.busyProperty())
                .or(actions.canOpenTicketProperty().not()));
        DeniedHint.explain(ticket, actions.canOpenTicketProperty(), i18n);
        ticket.setOnAction(e -> afterSales.openTicket(root.getScene().getWindow(), inbox.detailProperty().get(),
                inbox::report));
        root.getChildren().addAll(route, hold, release, merge, suggestions(), choose, ticket);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("action-bar");
    }

    private Button button(String id, String key, FontIcon icon, BooleanBinding enabled) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.disableProperty().bind(enabled.not().or(actions.busyProperty()).or(actions.canEditProperty().not()));
        DeniedHint.explain(button, actions.canEditProperty(), i18n);
        return button;
    }

    /** "Merge suggestions (3)": each item merges one suggested group. */
    private MenuButton suggestions() {
        MenuButton menu = new MenuButton(null, Icon.MERGE.node());
        menu.setId("orders-merge-suggestions");
        menu.textProperty().bind(i18n.text("orders.action.mergeSuggestions", Bindings.size(inbox.suggestions())));
        menu.disableProperty().bind(Bindings.isEmpty(inbox.suggestions()).or(actions.busyProperty())
                .or(actions.canEditProperty().not()));
        DeniedHint.explain(menu, actions.canEditProperty(), i18n);
        Runnable fill = () -> menu.getItems().setAll(inbox.suggestions().stream().map(this::item).toList());
        inbox.suggestions().addListener((ListChangeListener<MergeSuggestion>) change -> fill.run());
        i18n.localeProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        return menu;
    }

    private MenuItem item(MergeSuggestion suggestion) {
        var group = suggestion.group();
        MenuItem item = new MenuItem(i18n.get("orders.action.mergeSuggestion", String.join(", ",
                suggestion.numbers()), i18n.get(group.reasonKey(), group.args().toArray())));
        item.setId("orders-merge-" + group.targetOrderId());
        item.setOnAction(e -> actions.merge(suggestion));
        return item;
    }

    private void chooseRoute() {
        InboxRow order = inbox.selection().get(0);
        RouteChoiceDialog.ask(root.getScene().getWindow(), i18n, order.order().externalId(), inbox.choices().sites(),
                        inbox.choices().carriers())
                .ifPresent(choice -> actions.reroute(order, choice.warehouseId(), choice.carrierId()));
    }

    FlowPane node() {
        return root;
    }
}
