package io.storedesk.sync.outbox;

import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.stock.StoredPurchaseOrderLine;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.remote.PurchaseOrderPush;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Queues each draft purchase order replenishment creates for every connected ERP (Odoo) channel. Called by
 * {@link io.storedesk.stock.PurchaseOrders} inside the transaction that creates the drafts.
 */
public final class PurchaseOrderOutbox implements Consumer<List<StoredPurchaseOrder>> {

    private final PurchaseOrderPushRepository codes;
    private final Outbox outbox;
    private final Supplier<ZoneId> zone;

    public PurchaseOrderOutbox(PurchaseOrderPushRepository codes, Outbox outbox, Supplier<ZoneId> zone) {
        this.codes = codes;
        this.outbox = outbox;
        this.zone = zone;
    }

    @Override
    public void accept(List<StoredPurchaseOrder> drafts) {
        List<Long> erps = codes.connectedChannels(ChannelKind.ODOO);
        if (erps.isEmpty() || drafts.isEmpty()) {
            return;
        }
        Map<Long, String[]> suppliers = codes.suppliers(drafts.stream().map(StoredPurchaseOrder::supplierId).toList());
        Map<Long, String> warehouses = codes.warehouseCodes(drafts.stream().map(StoredPurchaseOrder::warehouseId)
                .toList());
        Map<Long, String> skus = codes.skuCodes(drafts.stream().flatMap(po -> po.lines().stream())
                .map(StoredPurchaseOrderLine::skuId).distinct().toList());
        for (StoredPurchaseOrder po : drafts) {
            String[] supplier = suppliers.getOrDefault(po.supplierId(), new String[] {null, null});
            List<PurchaseOrderPush.Line> lines = po.lines().stream().map(l -> new PurchaseOrderPush.Line(
                    skus.get(l.skuId()), l.quantity(), l.unitCost().amount())).toList();
            for (long channelId : erps) {
                PurchaseOrderPush push = new PurchaseOrderPush("po-" + po.code() + "-" + channelId, po.code(),
                        supplier[0], supplier[1], warehouses.get(po.warehouseId()),
                        po.expectedAt() == null ? null : po.expectedAt().atZone(zone.get()).toLocalDate(),
                        po.total().currency(), lines);
                outbox.enqueue(channelId, push, "po:" + po.code(), OutboxStatus.PENDING);
            }
        }
    }
}
