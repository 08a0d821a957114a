package io.storedesk.sync.outbox;

import static io.storedesk.store.schema.Tables.CARRIER;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;

import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.remote.FulfilmentPush;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** A shipment with what a fulfilment push needs: its order's channel and external id, carrier and lines. */
public final class FulfilmentRepository {

    private final DSLContext dsl;

    public FulfilmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ShipmentForPush> shipment(long shipmentId) {
        return dsl.select(SHIPMENT.ID, SHIPMENT.STATUS, CHANNEL.ID, CHANNEL.KIND, CHANNEL.BASE_URL, ORDERS.EXTERNAL_ID,
                        CARRIER.NAME)
                .from(SHIPMENT)
                .join(ORDERS).on(ORDERS.ID.eq(SHIPMENT.ORDER_ID))
                .join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .leftJoin(CARRIER).on(CARRIER.ID.eq(SHIPMENT.CARRIER_ID))
                .where(SHIPMENT.ID.eq(shipmentId))
                .fetchOptional(r -> new ShipmentForPush(r.value1(), r.value2(), r.value3(), ChannelKind.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    /** Marks a planned or picking shipment SHIPPED; false when it was in another status. */
    public boolean markShipped(long shipmentId, String trackingNo, Instant at, String user) {
        return dsl.update(SHIPMENT)
                .set(SHIPMENT.STATUS, "SHIPPED")
                .set(SHIPMENT.TRACKING_NO, trackingNo)
                .set(SHIPMENT.SHIPPED_AT, at)
                .set(SHIPMENT.VERSION, SHIPMENT.VERSION.plus(1))
                .set(SHIPMENT.UPDATED_AT, at)
                .set(SHIPMENT.UPDATED_BY, user)
                .where(SHIPMENT.ID.eq(shipmentId), SHIPMENT.STATUS.in("PLANNED", "PICKING"))
                .execute() == 1;
    }

    /** The shipment's lines by the channel's SKU code (order lines carry no line id of the channel's). */
    public List<FulfilmentPush.Line> lines(long shipmentId) {
        return dsl.select(ORDER_LINE.SKU_CODE, SHIPMENT_LINE.QUANTITY)
                .from(SHIPMENT_LINE)
                .join(ORDER_LINE).on(ORDER_LINE.ID.eq(SHIPMENT_LINE.ORDER_LINE_ID))
                .where(SHIPMENT_LINE.SHIPMENT_ID.eq(shipmentId))
                .orderBy(ORDER_LINE.LINE_NO)
                .fetch(r -> new FulfilmentPush.Line(null, r.value1(), r.value2()));
    }

    /** carrierName null = no carrier chosen. */
    public record ShipmentForPush(long shipmentId, String status, long channelId, ChannelKind channelKind,
                                  String channelBaseUrl, String orderExternalId, String carrierName) {
    }
}
