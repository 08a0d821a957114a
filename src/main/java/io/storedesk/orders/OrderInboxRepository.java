package io.storedesk.orders;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CARRIER;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import io.storedesk.common.Money;
import io.storedesk.common.TextInput;
import io.storedesk.security.PersonalData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The order inbox's read-only queries: orders by filter with counts per status, and what the detail of one order
 * shows beside the order itself (names, stock per warehouse for its lines, parcels' warehouses and carriers).
 */
public final class OrderInboxRepository {

    private static final Set<String> GOODS = Set.of(LineKind.SALE.name(), LineKind.SAMPLE.name());

    private final DSLContext dsl;

    public OrderInboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest orders matching the filter (up to limit), how many match, and counts by status. */
    public OrderInbox inbox(OrderFilter filter, int limit) {
        Table<?> from = ORDERS.join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID));
        Condition others = allButStatus(filter);
        Map<OrderStatus, Integer> counts = new EnumMap<>(OrderStatus.class);
        // Only the text filter needs the channel's and the buyer's names; counting through those joins read the
        // channel and customer of every order (11 s cold on a shop of 500,000 orders, 0.5 s without them).
        Table<?> counted = searchText(filter).isEmpty() ? ORDERS : from;
        dsl.select(ORDERS.STATUS, count()).from(counted).where(others).groupBy(ORDERS.STATUS)
                .forEach(r -> counts.put(OrderStatus.valueOf(r.value1()), r.value2()));
        long total = filter.status() == null ? counts.values().stream().mapToInt(Integer::intValue).sum()
                : counts.getOrDefault(filter.status(), 0);
        Condition where = filter.status() == null ? others : others.and(ORDERS.STATUS.eq(filter.status().name()));
        Field<Integer> lineCount = select(count()).from(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                .asField("line_count");
        List<InboxRow> orders = dsl.select(ORDERS.ID, ORDERS.EXTERNAL_ID, CHANNEL.NAME, ORDERS.PLACED_AT,
                        ORDERS.STATUS, ORDERS.PRESALE, DSL.coalesce(CUSTOMER.NAME, ORDERS.RECEIVER_NAME),
                        ORDERS.PROVINCE, ORDERS.CITY, lineCount, ORDERS.TOTAL_AMOUNT, ORDERS.CURRENCY,
                        ORDERS.HOLD_REASON, CHANNEL.CODE, ORDERS.VERSION)
                .from(from).where(where)
                .orderBy(ORDERS.PLACED_AT.desc(), ORDERS.ID.desc())
                .limit(limit)
                .fetch(r -> new InboxRow(new OrderRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        OrderStatus.valueOf(r.value5()), r.value6(), PersonalData.name(r.value7()), r.value8(), r.value9(),
                        r.value10(),
                        new Money(r.value11(), r.value12()), r.value13(), r.value15()), r.value14(), 0, List.of()));
        Map<Long, List<String>> parcels = parcelSites(orders.stream().map(InboxRow::id).toList());
        List<InboxRow> rows = orders.stream().map(o -> {
            List<String> sites = parcels.getOrDefault(o.id(), List.of());
            return new InboxRow(o.order(), o.channelCode(), sites.size(), sites.stream().distinct().toList());
        }).toList();
        return new OrderInbox(rows, total, counts);
    }

    private static String searchText(OrderFilter filter) {
        return filter.text() == null ? "" : TextInput.forSearch(filter.text().strip());
    }

    private static Condition allButStatus(OrderFilter filter) {
        Condition where = DSL.noCondition();
        String t = searchText(filter);
        if (!t.isEmpty()) {
            where = where.and(ORDERS.EXTERNAL_ID.containsIgnoreCase(t).or(CUSTOMER.NAME.contains(t))
                    .or(ORDERS.RECEIVER_NAME.contains(t)).or(ORDERS.PROVINCE.contains(t))
                    .or(ORDERS.CITY.contains(t)).or(CHANNEL.NAME.containsIgnoreCase(t)));
        }
        if (filter.channelId() != null) {
            where = where.and(ORDERS.CHANNEL_ID.eq(filter.channelId()));
        }
        if (filter.holdReason() != null) {
            where = where.and(ORDERS.HOLD_REASON.eq(filter.holdReason()));
        }
        if (filter.province() != null) {
            where = where.and(ORDERS.PROVINCE.eq(filter.province()));
        }
        if (filter.placedFrom() != null) {
            where = where.and(ORDERS.PLACED_AT.ge(filter.placedFrom()));
        }
        if (filter.placedBefore() != null) {
            where = where.and(ORDERS.PLACED_AT.lt(filter.placedBefore()));
        }
        return where;
    }

    /** order id → the warehouse code of each of its parcels still going out or gone, oldest parcel first. */
    private Map<Long, List<String>> parcelSites(List<Long> orderIds) {
        Map<Long, List<String>> result = new HashMap<>();
        if (orderIds.isEmpty()) {
            return result;
        }
        dsl.select(SHIPMENT.ORDER_ID, WAREHOUSE.CODE).from(SHIPMENT)
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(SHIPMENT.WAREHOUSE_ID))
                .where(SHIPMENT.ORDER_ID.in(orderIds), SHIPMENT.STATUS.ne(ShipmentStatus.CANCELLED.name()))
                .orderBy(SHIPMENT.ID)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }

    /** Orders waiting for a person or for routing: PAID or ON_HOLD. */
    public int waiting() {
        return dsl.fetchCount(ORDERS, ORDERS.STATUS.in(OrderStatus.PAID.name(), OrderStatus.ON_HOLD.name()));
    }

    public List<ChannelName> channels() {
        return dsl.select(CHANNEL.ID, CHANNEL.NAME).from(CHANNEL).orderBy(CHANNEL.ID)
                .fetch(Records.mapping(ChannelName::new));
    }

    /**
     * The provinces orders go to, sorted. The missing one is dropped here, not in the statement: a bare DISTINCT
     * lets H2 skip through the province index (0.04 s on 500,000 orders) where a condition made it read every
     * entry (0.7 s).
     */
    public List<String> provinces() {
        return dsl.selectDistinct(ORDERS.PROVINCE).from(ORDERS).orderBy(ORDERS.PROVINCE).fetch(ORDERS.PROVINCE)
                .stream().filter(Objects::nonNull).toList();
    }

    /** The hold reasons orders on hold have now, sorted. */
    public List<String> holdReasons() {
        return dsl.selectDistinct(ORDERS.HOLD_REASON).from(ORDERS)
                .where(ORDERS.STATUS.eq(OrderStatus.ON_HOLD.name()), ORDERS.HOLD_REASON.isNotNull())
                .orderBy(ORDERS.HOLD_REASON).fetch(ORDERS.HOLD_REASON);
    }

    /** Order numbers by id. */
    public Map<Long, String> numbers(Collection<Long> orderIds) {
        return orderIds.isEmpty() ? Map.of() : dsl.select(ORDERS.ID, ORDERS.EXTERNAL_ID).from(ORDERS)
                .where(ORDERS.ID.in(orderIds)).fetchMap(ORDERS.ID, ORDERS.EXTERNAL_ID);
    }

    /** The order's channel, buyer (customer, else receiver) and stored route note, or null for no such order. */
    public Header header(long orderId) {
        return dsl.select(CHANNEL.NAME, DSL.coalesce(CUSTOMER.NAME, ORDERS.RECEIVER_NAME), ORDERS.ROUTE_NOTE)
                .from(ORDERS).join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID))
                .where(ORDERS.ID.eq(orderId)).fetchOptional(Records.mapping(Header::new)).orElse(null);
    }

    /** Codes of the active warehouses in order of preference. */
    public List<String> warehouseCodes() {
        return dsl.select(WAREHOUSE.CODE).from(WAREHOUSE).where(WAREHOUSE.ACTIVE.isTrue())
                .orderBy(WAREHOUSE.PRIORITY, WAREHOUSE.ID).fetch(WAREHOUSE.CODE);
    }

    /**
     * The order's goods lines with the units available to it in each active warehouse: on hand less reserved, with
     * what the order holds itself (but for presale) counted back, as routing it again would; 0 where a warehouse
     * holds none; a bundle counts the complete sets its parts make.
     */
    public List<LineStock> lineStock(long orderId, List<OrderLine> lines) {
        List<OrderLine> goods = lines.stream().filter(l -> GOODS.contains(l.kind().name())).toList();
        Set<Long> skus = new HashSet<>();
        goods.stream().filter(l -> l.skuId() != null).forEach(l -> skus.add(l.skuId()));
        Map<Long, Map<Long, Integer>> parts = new HashMap<>();
        dsl.select(BUNDLE_COMPONENT.BUNDLE_SKU_ID, BUNDLE_COMPONENT.COMPONENT_SKU_ID, BUNDLE_COMPONENT.QUANTITY)
                .from(BUNDLE_COMPONENT).where(BUNDLE_COMPONENT.BUNDLE_SKU_ID.in(skus))
                .forEach(r -> parts.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        parts.values().forEach(p -> skus.addAll(p.keySet()));
        Map<Long, String> sites = new LinkedHashMap<>();
        dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE).from(WAREHOUSE).where(WAREHOUSE.ACTIVE.isTrue())
                .orderBy(WAREHOUSE.PRIORITY, WAREHOUSE.ID).forEach(r -> sites.put(r.value1(), r.value2()));
        Map<Long, Map<Long, Integer>> bySku = new HashMap<>();
        dsl.select(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED))
                .from(STOCK_LEVEL).where(STOCK_LEVEL.SKU_ID.in(skus))
                .forEach(r -> bySku.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        dsl.select(STOCK_RESERVATION.SKU_ID, STOCK_RESERVATION.WAREHOUSE_ID, STOCK_RESERVATION.QUANTITY)
                .from(STOCK_RESERVATION)
                .where(STOCK_RESERVATION.ORDER_ID.eq(orderId), STOCK_RESERVATION.RELEASED_AT.isNull(),
                        STOCK_RESERVATION.KIND.ne("PRESALE"))
                .forEach(r -> bySku.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .merge(r.value2(), r.value3(), Integer::sum));
        List<LineStock> result = new ArrayList<>();
        for (OrderLine line : goods) {
            Map<String, Integer> available = new LinkedHashMap<>();
            sites.forEach((site, code) -> available.put(code, units(line.skuId(), site, bySku, parts)));
            result.add(new LineStock(line, available));
        }
        return result;
    }

    private static int units(Long sku, long site, Map<Long, Map<Long, Integer>> bySku,
                             Map<Long, Map<Long, Integer>> parts) {
        if (sku == null) {
            return 0;
        }
        Map<Long, Integer> bundle = parts.get(sku);
        if (bundle == null) {
            return bySku.getOrDefault(sku, Map.of()).getOrDefault(site, 0);
        }
        int sets = Integer.MAX_VALUE;
        for (Map.Entry<Long, Integer> part : bundle.entrySet()) {
            int have = Math.max(0, bySku.getOrDefault(part.getKey(), Map.of()).getOrDefault(site, 0));
            sets = Math.min(sets, have / Math.max(1, part.getValue()));
        }
        return sets;
    }

    /** Per parcel of the order: its warehouse's code, its carrier's name and whether a person chose it. */
    public Map<Long, ParcelNames> parcelNames(long orderId) {
        return dsl.select(SHIPMENT.ID, WAREHOUSE.CODE, CARRIER.NAME, SHIPMENT.MANUAL_OVERRIDE).from(SHIPMENT)
                .join(WAREHOUSE).on(WAREHOUSE.ID.eq(SHIPMENT.WAREHOUSE_ID))
                .leftJoin(CARRIER).on(CARRIER.ID.eq(SHIPMENT.CARRIER_ID))
                .where(SHIPMENT.ORDER_ID.eq(orderId))
                .fetchMap(SHIPMENT.ID, r -> new ParcelNames(r.value2(), r.value3(), r.value4()));
    }

    /** An order's channel, buyer and route note (JSON message keys, see RouteNotes). */
    public record Header(String channelName, String buyerName, String routeNote) {
    }

    /** A parcel's warehouse code, carrier name (null if none yet) and whether a person chose its route. */
    public record ParcelNames(String warehouseCode, String carrierName, boolean manual) {
    }
}
