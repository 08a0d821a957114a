package io.storedesk.sync.inbound;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.REFUND;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.TICKET_LINE;
import static org.jooq.impl.DSL.inline;

import io.storedesk.orders.Address;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderStatus;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.OrderLineRecord;
import io.storedesk.store.schema.tables.records.OrdersRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** The orders and lines a channel's pulled orders become, read for a page at a time and written per order. */
public final class InboundOrderRepository {

    private final DSLContext dsl;

    public InboundOrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The channel's orders with these external ids, with their lines, by external id. */
    Map<String, StoredOrder> orders(long channelId, Collection<String> externalIds) {
        List<OrdersRecord> heads = new ArrayList<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            heads.addAll(dsl.selectFrom(ORDERS)
                    .where(ORDERS.CHANNEL_ID.eq(channelId), ORDERS.EXTERNAL_ID.in(chunk)).fetch());
        }
        List<Long> ids = heads.stream().map(OrdersRecord::getId).toList();
        Map<Long, List<InboundLine>> lines = new HashMap<>();
        Set<Long> inUse = new HashSet<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.selectFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.in(chunk))
                    .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                    .forEach(l -> lines.computeIfAbsent(l.getOrderId(), k -> new ArrayList<>()).add(line(l)));
            inUse.addAll(dsl.selectDistinct(SHIPMENT.ORDER_ID).from(SHIPMENT).where(SHIPMENT.ORDER_ID.in(chunk))
                    .fetch(SHIPMENT.ORDER_ID));
            inUse.addAll(dsl.selectDistinct(REFUND.ORDER_ID).from(REFUND)
                    .where(REFUND.ORDER_ID.in(chunk), REFUND.ORDER_LINE_ID.isNotNull()).fetch(REFUND.ORDER_ID));
            inUse.addAll(dsl.selectDistinct(ORDER_LINE.ORDER_ID).from(ORDER_LINE)
                    .join(TICKET_LINE).on(TICKET_LINE.ORDER_LINE_ID.eq(ORDER_LINE.ID))
                    .where(ORDER_LINE.ORDER_ID.in(chunk)).fetch(ORDER_LINE.ORDER_ID));
        }
        Map<String, StoredOrder> result = new HashMap<>();
        for (OrdersRecord r : heads) {
            result.put(r.getExternalId(), new StoredOrder(r.getId(), r.getExternalId(),
                    OrderStatus.valueOf(r.getStatus()), r.getCustomerId(), r.getPlacedAt(), r.getPaidAt(),
                    r.getCurrency(), r.getGoodsAmount(), r.getShippingFee(), r.getDiscountAmount(), r.getTotalAmount(),
                    r.getBuyerNote(), new Address(r.getReceiverName(), r.getReceiverPhone(), r.getCountry(),
                    r.getProvince(), r.getCity(), r.getDistrict(), r.getAddressLine()), r.getRemoteUpdatedAt(),
                    r.getRemoteStatus(), r.getUpdatedBy(), lines.getOrDefault(r.getId(), List.of()),
                    inUse.contains(r.getId())));
        }
        return result;
    }

    /** Ids of the SKUs with these codes, by code. */
    Map<String, Long> skuIds(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : Chunks.of(codes)) {
            dsl.select(SKU.CODE, SKU.ID).from(SKU).where(SKU.CODE.in(chunk)).forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    /** Stores new orders with their lines and returns their ids in the order given. */
    List<Long> insert(long channelId, List<InboundOrder> orders, Map<String, Long> customerIds,
                      Map<String, Long> skuIds, String user, Instant at) {
        List<Long> ids = BulkInsert.insertReturningIds(dsl, orders.stream().map(o -> {
            OrdersRecord r = dsl.newRecord(ORDERS);
            r.setChannelId(channelId);
            r.setExternalId(o.externalId());
            r.setPlacedAt(o.placedAt());
            r.setCreatedAt(at);
            write(r, o, o.status() == null ? OrderStatus.PENDING_PAYMENT : o.status(),
                    o.customerId() == null ? null : customerIds.get(o.customerId()), user, at);
            return r;
        }).toList());
        List<OrderLineRecord> lines = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            for (InboundLine l : orders.get(i).lines()) {
                lines.add(lineRecord(ids.get(i), l, skuIds, at));
            }
        }
        BulkInsert.insert(dsl, lines);
        return ids;
    }

    /** Writes the channel's version over a stored order; the amounts only with its lines (they derive from them). */
    void update(long id, InboundOrder o, OrderStatus status, Long customerId, boolean withAmounts, String user,
                Instant at) {
        OrdersRecord r = dsl.newRecord(ORDERS);
        write(r, o, status, customerId, user, at);
        if (!withAmounts) {
            for (var amount : List.of(ORDERS.CURRENCY, ORDERS.GOODS_AMOUNT, ORDERS.SHIPPING_FEE, ORDERS.DISCOUNT_AMOUNT,
                    ORDERS.TOTAL_AMOUNT)) {
                r.changed(amount, false);
            }
        }
        r.setPlacedAt(o.placedAt());
        dsl.update(ORDERS).set(r).set(ORDERS.VERSION, ORDERS.VERSION.plus(inline(1))).where(ORDERS.ID.eq(id)).execute();
    }

    /** The order's lines become these (nothing may refer to the old ones: the caller checked). */
    void replaceLines(long orderId, List<InboundLine> lines, Map<String, Long> skuIds, Instant at) {
        dsl.deleteFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(orderId)).execute();
        BulkInsert.insert(dsl, lines.stream().map(l -> lineRecord(orderId, l, skuIds, at)).toList());
    }

    /** Parcels of the order not yet handed to a carrier are called off; returns how many. */
    int cancelOpenShipments(long orderId, String user, Instant at) {
        return dsl.update(SHIPMENT)
                .set(SHIPMENT.STATUS, "CANCELLED")
                .set(SHIPMENT.VERSION, SHIPMENT.VERSION.plus(inline(1)))
                .set(SHIPMENT.UPDATED_AT, at)
                .set(SHIPMENT.UPDATED_BY, user)
                .where(SHIPMENT.ORDER_ID.eq(orderId), SHIPMENT.STATUS.in("PLANNED", "PICKING"))
                .execute();
    }

    private static void write(OrdersRecord r, InboundOrder o, OrderStatus status, Long customerId, String user,
                              Instant at) {
        r.setStatus(status.name());
        r.setCustomerId(customerId);
        r.setPaidAt(o.paidAt());
        r.setCurrency(o.currency());
        r.setGoodsAmount(o.goods());
        r.setShippingFee(o.shipping());
        r.setDiscountAmount(o.discount());
        r.setTotalAmount(o.total());
        r.setBuyerNote(o.buyerNote());
        Address a = o.shipTo();
        r.setReceiverName(a.name());
        r.setReceiverPhone(a.phone());
        r.setCountry(a.country());
        r.setProvince(a.province());
        r.setCity(a.city());
        r.setDistrict(a.district());
        r.setAddressLine(a.line());
        r.setRemoteUpdatedAt(o.remoteUpdatedAt());
        r.setRemoteStatus(o.remoteStatus() == null ? null : o.remoteStatus().name());
        r.setUpdatedAt(at);
        r.setUpdatedBy(user);
    }

    private OrderLineRecord lineRecord(long orderId, InboundLine l, Map<String, Long> skuIds, Instant at) {
        OrderLineRecord r = dsl.newRecord(ORDER_LINE);
        r.setOrderId(orderId);
        r.setLineNo(l.lineNo());
        r.setSkuId(l.kind() == LineKind.SALE && l.skuCode().equals(OrderMapping.CUSTOM_CODE) ? null
                : skuIds.get(l.skuCode()));
        r.setSkuCode(l.skuCode());
        r.setExternalLineId(l.externalLineId());
        r.setTitle(l.title());
        r.setKind(l.kind().name());
        r.setQuantity(l.quantity());
        r.setUnitPrice(l.unitPrice());
        r.setAmount(l.amount());
        r.setUpdatedAt(at);
        return r;
    }

    private static InboundLine line(OrderLineRecord l) {
        return new InboundLine(l.getLineNo(), l.getSkuCode(), l.getExternalLineId(), l.getTitle(),
                LineKind.valueOf(l.getKind()), l.getQuantity(), l.getUnitPrice(), l.getAmount());
    }
}
