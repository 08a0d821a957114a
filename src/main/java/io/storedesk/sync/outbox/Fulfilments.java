package io.storedesk.sync.outbox;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.outbox.FulfilmentRepository.ShipmentForPush;
import io.storedesk.sync.remote.FulfilmentPush;
import java.time.Clock;

/**
 * Marks a shipment shipped with its tracking number and, in the same transaction, queues the fulfilment for
 * the order's channel when that channel is synced through an adapter.
 */
public final class Fulfilments {

    private final FulfilmentRepository shipments;
    private final Outbox outbox;
    private final ChannelAdapters adapters;
    private final Transactions transactions;
    private final Clock clock;
    private final Access access;

    public Fulfilments(FulfilmentRepository shipments, Outbox outbox, ChannelAdapters adapters,
                       Transactions transactions, Clock clock, Access access) {
        this.access = access;
        this.shipments = shipments;
        this.outbox = outbox;
        this.adapters = adapters;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns whether a fulfilment was queued for the channel. */
    public boolean markShipped(long shipmentId, String trackingNo, String user) {
        access.require(Permission.ORDERS_EDIT);
        String tracking = trackingNo == null ? "" : trackingNo.strip();
        if (tracking.isEmpty() || tracking.length() > 64) {
            throw new RefusedInputException("sync.fulfilment.badTracking", tracking);
        }
        return transactions.inTransaction(() -> {
            ShipmentForPush shipment = shipments.shipment(shipmentId)
                    .orElseThrow(() -> new RefusedInputException("sync.fulfilment.unknown", shipmentId));
            if (!shipments.markShipped(shipmentId, tracking, clock.instant(), user)) {
                throw new RefusedInputException("sync.fulfilment.wrongStatus", shipmentId, shipment.status());
            }
            boolean synced = shipment.channelBaseUrl() != null && !shipment.channelBaseUrl().isBlank()
                    && adapters.provider(shipment.channelKind()).isPresent();
            if (synced) {
                FulfilmentPush push = new FulfilmentPush("fulfilment-" + shipmentId, shipment.orderExternalId(),
                        shipment.carrierName(), tracking, shipments.lines(shipmentId));
                outbox.enqueue(shipment.channelId(), push, "shipment:" + shipmentId, OutboxStatus.PENDING);
            }
            return synced;
        });
    }
}
