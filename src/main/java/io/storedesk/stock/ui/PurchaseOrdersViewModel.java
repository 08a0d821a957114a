package io.storedesk.stock.ui;

import io.storedesk.security.Permission;
import io.storedesk.stock.PurchaseOrders;
import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.ui.Notice;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open purchase orders: send a draft to its supplier, book what arrived, cancel a draft. Each change
 * reloads the list and tells the stock pane, whose warnings depend on what is on order and on hand.
 */
public final class PurchaseOrdersViewModel {

    private final PurchaseOrders orders;
    private final TaskRunner tasks;
    private final Supplier<String> user;
    private final Runnable changed;
    private final Function<Collection<Long>, Map<Long, String>> skuCodes;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.STOCK_EDIT);
    private final BooleanExpression canReceive = rights.allows(Permission.STOCK_ADJUST);
    private final ObservableList<StoredPurchaseOrder> open = FXCollections.observableArrayList();
    private final Map<Long, String> codes = new HashMap<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /** skuCodes: the codes of SKUs by id, to name the lines (runs in the background). */
    public PurchaseOrdersViewModel(PurchaseOrders orders, Function<Collection<Long>, Map<Long, String>> skuCodes,
                                   TaskRunner tasks, Supplier<String> user, Runnable changed) {
        this.orders = orders;
        this.skuCodes = skuCodes;
        this.tasks = tasks;
        this.user = user;
        this.changed = changed;
    }

    public void load() {
        tasks.run("task.purchaseOrders.load", progress -> {
            List<StoredPurchaseOrder> found = orders.open();
            Set<Long> skus = new HashSet<>();
            found.forEach(po -> po.lines().forEach(l -> skus.add(l.skuId())));
            return new Loaded(found, skuCodes.apply(skus));
        }, (Loaded loaded) -> {
            codes.putAll(loaded.codes());
            open.setAll(loaded.orders());
        }, error -> notice.set(Notice.problem(error)));
    }

    /** The SKU code of a line, as loaded with the orders. */
    public String skuCode(long skuId) {
        return codes.getOrDefault(skuId, "#" + skuId);
    }

    /** Books what arrived of some lines (line id → units); lines left out or at 0 stay outstanding. */
    public void receive(StoredPurchaseOrder po, Map<Long, Integer> arrived) {
        Map<Long, Integer> received = new LinkedHashMap<>();
        arrived.forEach((line, units) -> {
            if (units != null && units > 0) {
                received.put(line, units);
            }
        });
        change(po, id -> orders.receive(id, received, user.get()), "stock.po.notice.receivedPart");
    }

    public void send(StoredPurchaseOrder po) {
        change(po, id -> orders.send(id, user.get()), "stock.po.notice.sent");
    }

    public void receiveAll(StoredPurchaseOrder po) {
        change(po, id -> orders.receiveAll(id, user.get()), "stock.po.notice.received");
    }

    public void cancel(StoredPurchaseOrder po) {
        change(po, id -> orders.cancel(id, user.get()), "stock.po.notice.cancelled");
    }

    private void change(StoredPurchaseOrder po, Function<Long, StoredPurchaseOrder> action, String doneKey) {
        if (po == null) {
            return;
        }
        tasks.run("task.purchaseOrders", progress -> action.apply(po.id()), (StoredPurchaseOrder after) -> {
            notice.set(Notice.done(doneKey, after.code()));
            load();
            changed.run();
        }, error -> notice.set(Notice.problem(error)));
    }

    private record Loaded(List<StoredPurchaseOrder> orders, Map<Long, String> codes) {
    }

    public ObservableList<StoredPurchaseOrder> open() {
        return open;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Sending and cancelling purchase orders. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }

    /** Booking what arrived. */
    public BooleanExpression canReceiveProperty() {
        return canReceive;
    }
}
