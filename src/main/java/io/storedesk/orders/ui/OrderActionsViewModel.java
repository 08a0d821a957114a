package io.storedesk.orders.ui;

import io.storedesk.orders.InboxRow;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.routing.HoldCodes;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.ui.OrderDesk.MergeSuggestion;
import io.storedesk.orders.ui.OrderDesk.ReviewRules;
import io.storedesk.security.Permission;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * What a person does with orders from the routing pane: review new orders, route all waiting or the selected,
 * preview routing, hold and release by hand, merge, choose an order's warehouse or carrier. Each runs in the
 * background, then the inbox says what happened and reads the orders again.
 */
public final class OrderActionsViewModel {

    private static final Set<OrderStatus> REROUTABLE = EnumSet.of(OrderStatus.PAID, OrderStatus.ON_HOLD,
            OrderStatus.ROUTED);

    private final OrderInboxViewModel inbox;
    private final OrderDesk desk;
    private final TaskRunner tasks;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.ORDERS_EDIT);
    private final BooleanExpression canOpenTicket = rights.allows(Permission.AFTERSALES_EDIT);
    private final Supplier<String> user;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public OrderActionsViewModel(OrderInboxViewModel inbox, OrderDesk desk, TaskRunner tasks, Supplier<String> user) {
        this.inbox = inbox;
        this.desk = desk;
        this.tasks = tasks;
        this.user = user;
    }

    /** Runs the review rules over every paid order they have not passed yet. */
    public void reviewNew() {
        act("task.orders.review", () -> desk.review(null, user.get()), ActionNotices::reviewed);
    }

    /** Reviews, then routes every waiting order. */
    public void routeAllWaiting() {
        act("task.orders.route", () -> desk.route(null, user.get()), r -> ActionNotices.routed(r.review(), r.run()));
    }

    /** Reviews, then routes the selected orders that wait for routing (paid, or held for stock or an address). */
    public void routeSelected() {
        List<Long> ids = inbox.selection().stream().filter(OrderActionsViewModel::routable).map(InboxRow::id)
                .toList();
        if (!ids.isEmpty()) {
            act("task.orders.route", () -> desk.route(ids, user.get()), r -> ActionNotices.routed(r.review(), r.run()));
        }
    }

    /** What routing every waiting order would do now; nothing is saved, so nothing is read again. */
    public void previewRouting() {
        busy.set(true);
        tasks.run("task.orders.preview", progress -> desk.preview(user.get()), run -> {
            busy.set(false);
            inbox.report(ActionNotices.preview(run));
        }, this::failed);
    }

    public void holdSelected() {
        List<Long> ids = selected(EnumSet.of(OrderStatus.PAID));
        act("task.orders.hold", () -> desk.holdOrRelease(ids, true, user.get()),
                b -> ActionNotices.heldOrReleased(b, true));
    }

    public void releaseSelected() {
        List<Long> ids = selected(EnumSet.of(OrderStatus.ON_HOLD));
        act("task.orders.release", () -> desk.holdOrRelease(ids, false, user.get()),
                b -> ActionNotices.heldOrReleased(b, false));
    }

    /** Reads the review and merge rules in the background and hands them to show (on the window's thread). */
    public void editRules(Consumer<ReviewRules> show) {
        tasks.run("task.orders.rules", progress -> desk.rules(), show, this::failed);
    }

    /** Saves the rules; new orders are reviewed by them from now on (orders already passed stay passed). */
    public void saveRules(ReviewRules rules) {
        act("task.orders.rules", () -> {
            desk.saveRules(rules, user.get());
            return rules;
        }, saved -> Notice.done("orders.notice.rulesSaved"));
    }

    /** Merges the suggested group that holds every selected order. */
    public void mergeSelected() {
        covering().ifPresent(this::merge);
    }

    public void merge(MergeSuggestion suggestion) {
        act("task.orders.merge", () -> desk.merge(suggestion.group(), user.get()), merged -> Notice.done(
                "orders.notice.merged", merged, suggestion.numbers().get(0)));
    }

    /** The merge suggestion that holds every selected order, if any. */
    public Optional<MergeSuggestion> covering() {
        List<Long> ids = inbox.selection().stream().map(InboxRow::id).toList();
        return ids.isEmpty() ? Optional.empty() : inbox.suggestions().stream()
                .filter(s -> s.group().orderIds().containsAll(ids)).findFirst();
    }

    /**
     * Routes one order again from the warehouse and/or by the carrier chosen (null = as the engine sees fit);
     * a choice that cannot ship the order is refused with the reason, and nothing changes. It saves against the
     * version of the order the inbox showed: changed since at another desk, it is refused naming that change.
     */
    public void reroute(InboxRow order, Long warehouseId, Long carrierId) {
        int seen = order.order().version();
        act("task.orders.reroute", () -> desk.reroute(order.id(), seen, warehouseId, carrierId, user.get()),
                decision -> rerouted(order, decision));
    }

    private Notice rerouted(InboxRow order, RouteDecision decision) {
        List<String> sites = decision.shipments().stream().map(PlannedShipment::siteId).distinct()
                .map(id -> inbox.choices().sites().stream().filter(s -> s.id() == id).map(s -> s.code()).findFirst()
                        .orElse("#" + id)).toList();
        BigDecimal cost = decision.shipments().stream().map(s -> s.cost().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Notice.done("orders.notice.rerouted", order.order().externalId(), decision.shipments().size(),
                String.join(" + ", sites), cost);
    }

    public BooleanBinding canRouteSelected() {
        return Bindings.createBooleanBinding(() -> inbox.selection().stream().anyMatch(OrderActionsViewModel::routable),
                inbox.selection());
    }

    /** Paid, or held for a reason routing looks at again; a review hold waits for a person to release it. */
    private static boolean routable(InboxRow row) {
        return row.status() == OrderStatus.PAID || row.status() == OrderStatus.ON_HOLD
                && HoldCodes.ALL.contains(row.order().holdReason());
    }

    public BooleanBinding canHold() {
        return anySelected(EnumSet.of(OrderStatus.PAID));
    }

    public BooleanBinding canRelease() {
        return anySelected(EnumSet.of(OrderStatus.ON_HOLD));
    }

    public BooleanBinding canMerge() {
        return Bindings.createBooleanBinding(() -> covering().isPresent(), inbox.selection(), inbox.suggestions());
    }

    /** One order selected that may be routed (again). */
    public BooleanBinding canChooseRoute() {
        return Bindings.createBooleanBinding(() -> inbox.selection().size() == 1
                && REROUTABLE.contains(inbox.selection().get(0).status()), inbox.selection());
    }

    /** An action is under way: the action buttons wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private BooleanBinding anySelected(Set<OrderStatus> statuses) {
        return Bindings.createBooleanBinding(() -> inbox.selection().stream()
                .anyMatch(r -> statuses.contains(r.status())), inbox.selection());
    }

    private List<Long> selected(Set<OrderStatus> statuses) {
        return inbox.selection().stream().filter(r -> statuses.contains(r.status())).map(InboxRow::id).toList();
    }

    /** Runs work that changes orders; says what it did, or why not, and reads the inbox again either way. */
    private <T> void act(String titleKey, Work<T> work, Function<T, Notice> said) {
        busy.set(true);
        tasks.run(titleKey, progress -> work.run(), (T result) -> {
            busy.set(false);
            inbox.report(said.apply(result));
            inbox.refresh();
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        inbox.report(Notice.problem(error));
        inbox.refresh();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Review, routing, holds, merges and route choices. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }

    /** Opening an after-sales ticket from an order. */
    public BooleanExpression canOpenTicketProperty() {
        return canOpenTicket;
    }
}
