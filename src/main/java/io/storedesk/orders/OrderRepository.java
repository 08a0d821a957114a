package io.storedesk.orders;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.PROMOTION;
import static io.storedesk.store.schema.Tables.REFUND;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.TICKET;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.common.TextInput;
import io.storedesk.security.PersonalData;
import io.storedesk.store.BulkInsert;
import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.CustomerRecord;
import io.storedesk.store.schema.tables.records.OrderLineRecord;
import io.storedesk.store.schema.tables.records.OrdersRecord;
import io.storedesk.store.schema.tables.records.PromotionRecord;
import io.storedesk.store.schema.tables.records.RefundRecord;
import io.storedesk.store.schema.tables.records.ShipmentLineRecord;
import io.storedesk.store.schema.tables.records.ShipmentRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;

/** Customers, orders with their lines, shipments, refunds and promotions. */
public final class OrderRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    public OrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Long> insertPromotions(List<Promotion> promotions) {
        BulkInsert.insert(dsl, promotions.stream().map(p -> {
            PromotionRecord r = dsl.newRecord(PROMOTION);
            r.setCode(p.code());
            r.setName(p.name());
            r.setStartsOn(p.startsOn());
            r.setEndsOn(p.endsOn());
            return r;
        }).toList());
        return dsl.select(PROMOTION.CODE, PROMOTION.ID).from(PROMOTION).fetchMap(PROMOTION.CODE, PROMOTION.ID);
    }

    public List<Promotion> promotions() {
        return dsl.select(PROMOTION.ID, PROMOTION.CODE, PROMOTION.NAME, PROMOTION.STARTS_ON, PROMOTION.ENDS_ON)
                .from(PROMOTION).orderBy(PROMOTION.STARTS_ON).fetch(Records.mapping(Promotion::new));
    }

    /** Stores new customers in one transaction and returns their ids by (channel, external id). */
    public Map<ExternalKey, Long> insertCustomers(List<Customer> customers) {
        return dsl.transactionResult(() -> {
            List<CustomerRecord> records = new ArrayList<>(customers.size());
            for (Customer c : customers) {
                CustomerRecord r = dsl.newRecord(CUSTOMER);
                r.setChannelId(c.channelId());
                r.setExternalId(c.externalId());
                r.setName(c.name());
                r.setPhone(c.phone());
                r.setEmail(c.email());
                r.setProvince(c.province());
                r.setCity(c.city());
                r.setCountry(c.country());
                records.add(r);
            }
            List<Long> ids = BulkInsert.insertReturningIds(dsl, records);
            Map<ExternalKey, Long> result = new HashMap<>();
            for (int i = 0; i < customers.size(); i++) {
                Customer c = customers.get(i);
                result.put(new ExternalKey(c.channelId() == null ? 0 : c.channelId(), c.externalId()), ids.get(i));
            }
            return result;
        });
    }

    public Optional<Customer> findCustomer(long id) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.CHANNEL_ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME, CUSTOMER.PHONE,
                        CUSTOMER.EMAIL, CUSTOMER.PROVINCE, CUSTOMER.CITY, CUSTOMER.COUNTRY)
                .from(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional(Records.mapping(Customer::new));
    }

    /**
     * Stores new orders with their lines in one transaction and returns the order ids by external key.
     * progress receives the number of orders stored so far after each chunk.
     */
    public Map<ExternalKey, Long> insertOrders(List<Order> orders, IntConsumer progress) {
        return dsl.transactionResult(() -> {
            Map<ExternalKey, Long> ids = new LinkedHashMap<>();
            for (int from = 0; from < orders.size(); from += CHUNK) {
                List<Order> chunk = orders.subList(from, Math.min(orders.size(), from + CHUNK));
                List<Long> chunkIds = BulkInsert.insertReturningIds(dsl, chunk.stream().map(o -> toRecord(dsl, o)).toList());
                List<OrderLineRecord> lines = new ArrayList<>(chunk.size() * 3);
                for (int i = 0; i < chunk.size(); i++) {
                    Order o = chunk.get(i);
                    ids.put(new ExternalKey(o.channelId(), o.externalId()), chunkIds.get(i));
                    for (OrderLine line : o.lines()) {
                        lines.add(toRecord(dsl, chunkIds.get(i), line));
                    }
                }
                BulkInsert.insert(dsl, lines);
                progress.accept(from + chunk.size());
            }
            return ids;
        });
    }

    /** Line ids by order id and line number, for the given orders. */
    public Map<Long, Map<Integer, Long>> lineIds(Collection<Long> orderIds) {
        Map<Long, Map<Integer, Long>> result = new HashMap<>();
        List<Long> all = List.copyOf(orderIds);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO, ORDER_LINE.ID).from(ORDER_LINE)
                    .where(ORDER_LINE.ORDER_ID.in(chunk))
                    .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        }
        return result;
    }

    public Optional<Order> findOrder(long id) {
        return dsl.selectFrom(ORDERS).where(ORDERS.ID.eq(id)).fetchOptional().map(r -> toOrder(r,
                dsl.selectFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(id)).orderBy(ORDER_LINE.LINE_NO)
                        .fetch(line -> toLine(line, r.getCurrency()))));
    }

    public Optional<Long> findOrderId(long channelId, String externalId) {
        return dsl.select(ORDERS.ID).from(ORDERS)
                .where(ORDERS.CHANNEL_ID.eq(channelId), ORDERS.EXTERNAL_ID.eq(externalId))
                .fetchOptional(ORDERS.ID);
    }

    /**
     * Stores shipments with their lines in one transaction and returns their ids in the order given. Each line
     * shipped is marked with the warehouse it ships from (a line in two parcels: the later one's), which the
     * dashboard's and the anomalies' warehouse figures read.
     */
    public List<Long> insertShipments(List<Shipment> shipments) {
        return dsl.transactionResult(() -> {
            List<ShipmentRecord> records = new ArrayList<>(shipments.size());
            for (Shipment s : shipments) {
                ShipmentRecord r = dsl.newRecord(SHIPMENT);
                r.setOrderId(s.orderId());
                r.setWarehouseId(s.warehouseId());
                r.setCarrierId(s.carrierId());
                r.setService(s.service());
                r.setStatus(s.status().name());
                r.setTrackingNo(s.trackingNo());
                r.setWeightGrams(s.weightGrams());
                r.setEstimatedCost(s.estimatedCost() == null ? null : s.estimatedCost().amount());
                r.setCurrency(s.estimatedCost() == null ? Money.CNY : s.estimatedCost().currency());
                r.setEstimatedDelivery(s.estimatedDelivery());
                r.setExplanation(s.explanation());
                r.setShippedAt(s.shippedAt());
                r.setDeliveredAt(s.deliveredAt());
                records.add(r);
            }
            List<Long> ids = BulkInsert.insertReturningIds(dsl, records);
            List<ShipmentLineRecord> lines = new ArrayList<>();
            for (int i = 0; i < shipments.size(); i++) {
                long shipmentId = ids.get(i);
                shipments.get(i).quantities().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    ShipmentLineRecord l = dsl.newRecord(SHIPMENT_LINE);
                    l.setShipmentId(shipmentId);
                    l.setOrderLineId(e.getKey());
                    l.setQuantity(e.getValue());
                    lines.add(l);
                });
            }
            BulkInsert.insert(dsl, lines);
            markShippedFrom(shipments);
            return ids;
        });
    }

    private void markShippedFrom(List<Shipment> shipments) {
        Map<Long, Long> warehouseByLine = new HashMap<>();
        shipments.forEach(s -> s.quantities().keySet().forEach(line -> warehouseByLine.put(line, s.warehouseId())));
        Map<Long, List<Long>> linesByWarehouse = new TreeMap<>();
        warehouseByLine.forEach((line, warehouse) -> linesByWarehouse.computeIfAbsent(warehouse,
                k -> new ArrayList<>()).add(line));
        linesByWarehouse.forEach((warehouse, lineIds) -> Chunks.of(lineIds).forEach(chunk -> dsl.update(ORDER_LINE)
                .set(ORDER_LINE.WAREHOUSE_ID, warehouse).where(ORDER_LINE.ID.in(chunk)).execute()));
    }

    public List<Shipment> shipments(long orderId) {
        Map<Long, Map<Long, Integer>> quantities = new HashMap<>();
        dsl.select(SHIPMENT_LINE.SHIPMENT_ID, SHIPMENT_LINE.ORDER_LINE_ID, SHIPMENT_LINE.QUANTITY)
                .from(SHIPMENT_LINE).join(SHIPMENT).on(SHIPMENT.ID.eq(SHIPMENT_LINE.SHIPMENT_ID))
                .where(SHIPMENT.ORDER_ID.eq(orderId))
                .forEach(r -> quantities.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return dsl.selectFrom(SHIPMENT).where(SHIPMENT.ORDER_ID.eq(orderId)).orderBy(SHIPMENT.ID)
                .fetch(r -> new Shipment(r.getId(), r.getOrderId(), r.getWarehouseId(), r.getCarrierId(),
                        r.getService(), ShipmentStatus.valueOf(r.getStatus()), r.getTrackingNo(), r.getWeightGrams(),
                        r.getEstimatedCost() == null ? null : new Money(r.getEstimatedCost(), r.getCurrency()),
                        r.getEstimatedDelivery(), r.getExplanation(), r.getShippedAt(), r.getDeliveredAt(),
                        quantities.getOrDefault(r.getId(), Map.of())));
    }

    public void insertRefunds(List<Refund> refunds) {
        insertRefunds(refunds, null);
    }

    /** Stores refunds with the person who issued them (null when they came from a channel or a file). */
    public void insertRefunds(List<Refund> refunds, String createdBy) {
        BulkInsert.insert(dsl, refunds.stream().map(f -> {
            RefundRecord r = dsl.newRecord(REFUND);
            r.setOrderId(f.orderId());
            r.setOrderLineId(f.orderLineId());
            r.setTicketId(f.ticketId());
            r.setExternalId(f.externalId());
            r.setKind(f.kind().name());
            r.setQuantity(f.quantity());
            r.setAmount(f.amount().amount());
            r.setCurrency(f.amount().currency());
            r.setReason(f.reason());
            r.setRefundedAt(f.refundedAt());
            r.setCreatedBy(createdBy);
            return r;
        }).toList());
    }

    public List<Refund> refunds(long orderId) {
        return dsl.selectFrom(REFUND).where(REFUND.ORDER_ID.eq(orderId)).orderBy(REFUND.REFUNDED_AT, REFUND.ID)
                .fetch(r -> new Refund(r.getId(), r.getOrderId(), r.getOrderLineId(), r.getTicketId(),
                        r.getExternalId(), RefundKind.valueOf(r.getKind()), r.getQuantity(),
                        new Money(r.getAmount(), r.getCurrency()), r.getReason(), r.getRefundedAt()));
    }

    /** Ids of the channel's orders with these numbers, by number. */
    public Map<String, Long> orderIds(long channelId, Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            dsl.select(ORDERS.EXTERNAL_ID, ORDERS.ID).from(ORDERS)
                    .where(ORDERS.CHANNEL_ID.eq(channelId), ORDERS.EXTERNAL_ID.in(chunk))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    /** Ids of the channel's customers with these external ids, by external id. */
    public Map<String, Long> customerIds(long channelId, Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            dsl.select(CUSTOMER.EXTERNAL_ID, CUSTOMER.ID).from(CUSTOMER)
                    .where(CUSTOMER.CHANNEL_ID.eq(channelId), CUSTOMER.EXTERNAL_ID.in(chunk))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    /** The refund external ids among these that the store already holds. */
    public Set<String> existingRefunds(Collection<String> externalIds) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            found.addAll(dsl.select(REFUND.EXTERNAL_ID).from(REFUND).where(REFUND.EXTERNAL_ID.in(chunk))
                    .fetch(REFUND.EXTERNAL_ID));
        }
        return found;
    }

    /** Every line these buyers of the channel have bought, for matching their cancellations. */
    public List<PurchasedLine> purchasesOf(long channelId, Collection<String> customers) {
        List<PurchasedLine> lines = new ArrayList<>();
        for (List<String> chunk : Chunks.of(customers)) {
            dsl.select(CUSTOMER.EXTERNAL_ID, ORDER_LINE.SKU_CODE, ORDERS.PLACED_AT, ORDERS.EXTERNAL_ID, ORDERS.ID,
                            ORDER_LINE.ID, ORDER_LINE.QUANTITY)
                    .from(ORDER_LINE)
                    .join(ORDERS).on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID))
                    .join(CUSTOMER).on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID))
                    .where(ORDERS.CHANNEL_ID.eq(channelId), CUSTOMER.EXTERNAL_ID.in(chunk), ORDER_LINE.QUANTITY.gt(0))
                    .fetch(Records.mapping(PurchasedLine::new)).forEach(lines::add);
        }
        return lines;
    }

    /** Order ids among these that anything else refers to (shipments, tickets, refunds, reservations, merges). */
    public Set<Long> ordersInUse(Collection<Long> orderIds) {
        Set<Long> used = new HashSet<>();
        for (List<Long> chunk : Chunks.of(orderIds)) {
            for (var reference : List.of(SHIPMENT.ORDER_ID, TICKET.ORDER_ID, REFUND.ORDER_ID,
                    STOCK_RESERVATION.ORDER_ID, ORDERS.MERGED_INTO_ID)) {
                used.addAll(dsl.selectDistinct(reference).from(reference.getTable()).where(reference.in(chunk))
                        .fetch(reference));
            }
        }
        return used;
    }

    /** Customer ids among these that orders or tickets still refer to. */
    public Set<Long> customersInUse(Collection<Long> customerIds) {
        Set<Long> used = new HashSet<>();
        for (List<Long> chunk : Chunks.of(customerIds)) {
            used.addAll(dsl.selectDistinct(ORDERS.CUSTOMER_ID).from(ORDERS).where(ORDERS.CUSTOMER_ID.in(chunk))
                    .fetch(ORDERS.CUSTOMER_ID));
            used.addAll(dsl.selectDistinct(TICKET.CUSTOMER_ID).from(TICKET).where(TICKET.CUSTOMER_ID.in(chunk))
                    .fetch(TICKET.CUSTOMER_ID));
        }
        return used;
    }

    /** The row versions of the channel's orders with these numbers, by number. */
    public Map<String, Integer> orderVersions(long channelId, Collection<String> externalIds) {
        Map<String, Integer> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            dsl.select(ORDERS.EXTERNAL_ID, ORDERS.VERSION).from(ORDERS)
                    .where(ORDERS.CHANNEL_ID.eq(channelId), ORDERS.EXTERNAL_ID.in(chunk))
                    .forEach(r -> found.put(r.value1(), r.value2()));
        }
        return found;
    }

    public void deleteOrders(Collection<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(ORDERS).where(ORDERS.ID.in(chunk)).execute();
        }
    }

    public void deleteCustomers(Collection<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.in(chunk)).execute();
        }
    }

    /** Refund ids by external id, for these external ids. */
    public Map<String, Long> refundIds(Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            dsl.select(REFUND.EXTERNAL_ID, REFUND.ID).from(REFUND).where(REFUND.EXTERNAL_ID.in(chunk))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    public void deleteRefunds(Collection<Long> ids) {
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(REFUND).where(REFUND.ID.in(chunk)).execute();
        }
    }


    /** What the channel's orders brought in: every line's signed amount less every refund. */
    public BigDecimal netAmount(long channelId) {
        BigDecimal lines = dsl.select(DSL.sum(ORDER_LINE.AMOUNT)).from(ORDER_LINE).join(ORDERS)
                .on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID)).where(ORDERS.CHANNEL_ID.eq(channelId)).fetchOne().value1();
        BigDecimal refunds = dsl.select(DSL.sum(REFUND.AMOUNT)).from(REFUND).join(ORDERS)
                .on(ORDERS.ID.eq(REFUND.ORDER_ID)).where(ORDERS.CHANNEL_ID.eq(channelId)).fetchOne().value1();
        return Objects.requireNonNullElse(lines, BigDecimal.ZERO)
                .subtract(Objects.requireNonNullElse(refunds, BigDecimal.ZERO));
    }

    /** Orders matching the text (order number, buyer, receiver, place, channel), newest first. */
    public Page<OrderRow> search(String text, int limit) {
        String t = text == null ? "" : TextInput.forSearch(text.strip());
        Condition where = t.isEmpty() ? DSL.noCondition()
                : ORDERS.EXTERNAL_ID.containsIgnoreCase(t).or(CUSTOMER.NAME.contains(t))
                        .or(ORDERS.RECEIVER_NAME.contains(t)).or(ORDERS.PROVINCE.contains(t))
                        .or(ORDERS.CITY.contains(t)).or(CHANNEL.NAME.containsIgnoreCase(t));
        var from = ORDERS.join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID));
        long total = dsl.fetchCount(dsl.selectOne().from(from).where(where));
        Field<Integer> lineCount = select(count()).from(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                .asField("line_count");
        List<OrderRow> rows = dsl.select(ORDERS.ID, ORDERS.EXTERNAL_ID, CHANNEL.NAME, ORDERS.PLACED_AT, ORDERS.STATUS,
                        ORDERS.PRESALE, DSL.coalesce(CUSTOMER.NAME, ORDERS.RECEIVER_NAME), ORDERS.PROVINCE, ORDERS.CITY,
                        lineCount, ORDERS.TOTAL_AMOUNT, ORDERS.CURRENCY, ORDERS.HOLD_REASON, ORDERS.VERSION)
                .from(from)
                .where(where)
                .orderBy(ORDERS.PLACED_AT.desc(), ORDERS.ID.desc())
                .limit(limit)
                .fetch(r -> new OrderRow(r.value1(), r.value2(), r.value3(), r.value4(), OrderStatus.valueOf(r.value5()),
                        r.value6(), PersonalData.name(r.value7()), r.value8(), r.value9(), r.value10(),
                        new Money(r.value11(), r.value12()),
                        r.value13(), r.value14()));
        return new Page<>(rows, total);
    }

    public long countOrders() {
        return dsl.fetchCount(ORDERS);
    }

    private static OrdersRecord toRecord(DSLContext ctx, Order o) {
        OrdersRecord r = ctx.newRecord(ORDERS);
        r.setChannelId(o.channelId());
        r.setExternalId(o.externalId());
        r.setCustomerId(o.customerId());
        r.setStatus(o.status().name());
        r.setPresale(o.presale());
        r.setPlacedAt(o.placedAt());
        r.setPaidAt(o.paidAt());
        r.setPromisedDays(o.promisedDays());
        r.setCurrency(o.currency());
        r.setGoodsAmount(o.goodsAmount().amount());
        r.setShippingFee(o.shippingFee().amount());
        r.setDiscountAmount(o.discountAmount().amount());
        r.setTotalAmount(o.totalAmount().amount());
        r.setBuyerNote(o.buyerNote());
        Address a = o.shipTo() == null ? new Address(null, null, null, null, null, null, null) : o.shipTo();
        r.setReceiverName(a.name());
        r.setReceiverPhone(a.phone());
        r.setCountry(a.country());
        r.setProvince(a.province());
        r.setCity(a.city());
        r.setDistrict(a.district());
        r.setAddressLine(a.line());
        r.setHoldReason(o.holdReason());
        r.setPromotionId(o.promotionId());
        return r;
    }

    private static OrderLineRecord toRecord(DSLContext ctx, long orderId, OrderLine line) {
        OrderLineRecord r = ctx.newRecord(ORDER_LINE);
        r.setOrderId(orderId);
        r.setLineNo(line.lineNo());
        r.setSkuId(line.skuId());
        r.setSkuCode(line.skuCode());
        r.setTitle(line.title());
        r.setKind(line.kind().name());
        r.setQuantity(line.quantity());
        r.setUnitPrice(line.unitPrice().amount());
        r.setAmount(line.amount().amount());
        r.setPresale(line.presale());
        r.setWarehouseId(line.warehouseId());
        return r;
    }

    static Order toOrder(OrdersRecord r, List<OrderLine> lines) {
        String c = r.getCurrency();
        Address shipTo = new Address(r.getReceiverName(), r.getReceiverPhone(), r.getCountry(), r.getProvince(),
                r.getCity(), r.getDistrict(), r.getAddressLine());
        return new Order(r.getId(), r.getChannelId(), r.getExternalId(), r.getCustomerId(),
                OrderStatus.valueOf(r.getStatus()), r.getPresale(), r.getPlacedAt(), r.getPaidAt(), r.getPromisedDays(),
                new Money(r.getGoodsAmount(), c), new Money(r.getShippingFee(), c), new Money(r.getDiscountAmount(), c),
                new Money(r.getTotalAmount(), c), r.getBuyerNote(), shipTo, r.getHoldReason(), r.getPromotionId(),
                r.getVersion(), lines);
    }

    static OrderLine toLine(OrderLineRecord r, String currency) {
        return new OrderLine(r.getId(), r.getLineNo(), r.getSkuId(), r.getSkuCode(), r.getTitle(),
                LineKind.valueOf(r.getKind()), r.getQuantity(), new Money(r.getUnitPrice(), currency),
                new Money(r.getAmount(), currency), r.getPresale(), r.getWarehouseId());
    }

    /** The order inbox's read-only queries on this repository's connection. */
    public OrderInboxRepository inbox() {
        return new OrderInboxRepository(dsl);
    }
}
