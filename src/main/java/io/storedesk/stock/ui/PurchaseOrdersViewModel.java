package io.storedesk.stock.ui;

import io.storedesk.catalog.ui.Notice;
import io.storedesk.stock.PurchaseOrders;
import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.function.Function;
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
    private final String user;
    private final Runnable changed;
    private final ObservableList<StoredPurchaseOrder> open = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    public PurchaseOrdersViewModel(PurchaseOrders orders, TaskRunner tasks, String user, Runnable changed) {
        this.orders = orders;
        this.tasks = tasks;
        this.user = user;
        this.changed = changed;
    }

    public void load() {
        tasks.run("task.purchaseOrders.load", progress -> orders.open(), (List<StoredPurchaseOrder> found) ->
                open.setAll(found), error -> notice.set(Notice.problem(error)));
    }

    public void send(StoredPurchaseOrder po) {
        change(po, id -> orders.send(id, user), "stock.po.notice.sent");
    }

    public void receiveAll(StoredPurchaseOrder po) {
        change(po, id -> orders.receiveAll(id, user), "stock.po.notice.received");
    }

    public void cancel(StoredPurchaseOrder po) {
        change(po, id -> orders.cancel(id, user), "stock.po.notice.cancelled");
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

    public ObservableList<StoredPurchaseOrder> open() {
        return open;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }
}
