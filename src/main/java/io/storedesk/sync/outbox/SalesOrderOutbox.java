package io.storedesk.sync.outbox;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderLine;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.sync.remote.SalesOrderPush;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Passes each paid order pulled from a marketplace on to every connected ERP (Odoo) as a sales order, once:
 * queued in the transaction that stores the order's page, keyed by channel, order and ERP, so pulling the
 * order again (it changed, or the page came twice) queues nothing more. Unpaid and cancelled orders are not
 * passed on; an order paid later is passed on when that change is pulled.
 */
public final class SalesOrderOutbox {

    private static final Set<RemoteOrderStatus> PASSED_ON = EnumSet.of(RemoteOrderStatus.PAID,
            RemoteOrderStatus.PARTLY_SHIPPED, RemoteOrderStatus.SHIPPED, RemoteOrderStatus.DELIVERED);

    private final PurchaseOrderPushRepository channels;
    private final OutboxRepository rows;
    private final Outbox outbox;

    public SalesOrderOutbox(PurchaseOrderPushRepository channels, OutboxRepository rows, Outbox outbox) {
        this.channels = channels;
        this.rows = rows;
        this.outbox = outbox;
    }

    /** Queues the page's paid orders for each ERP; returns how many messages were queued. */
    public int queue(Channel source, List<RemoteRecord> records) {
        if (source.kind() == ChannelKind.ODOO) {
            return 0;
        }
        List<Long> erps = channels.connectedChannels(ChannelKind.ODOO);
        int queued = 0;
        for (RemoteRecord record : erps.isEmpty() ? List.<RemoteRecord>of() : records) {
            if (!(record instanceof RemoteOrder order) || !PASSED_ON.contains(order.status())) {
                continue;
            }
            for (long erp : erps) {
                String key = "so-" + source.code() + "-" + order.externalId() + "-" + erp;
                if (rows.hasKey(key)) {
                    continue;
                }
                outbox.enqueue(erp, push(key, source, order), "so:" + source.code() + ":" + order.externalId(),
                        OutboxStatus.PENDING);
                queued++;
            }
        }
        return queued;
    }

    private static SalesOrderPush push(String key, Channel source, RemoteOrder order) {
        String number = order.orderNo() == null ? order.externalId() : order.orderNo();
        List<SalesOrderPush.Line> lines = order.lines().stream().filter(l -> l.quantity() > 0 && l.sku() != null)
                .map((RemoteOrderLine l) -> new SalesOrderPush.Line(l.sku(), l.quantity(), l.unitPrice())).toList();
        return new SalesOrderPush(key, source.code() + ":" + number,
                order.customer() == null ? null : order.customer().name(), order.placedAt(), order.currency(), lines);
    }
}
