package io.storedesk.orders;

import static io.storedesk.store.schema.Tables.BUNDLE_COMPONENT;
import static io.storedesk.store.schema.Tables.CHANNEL_WAREHOUSE;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.STOCK_RESERVATION;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.orders.routing.AvailableStock;
import io.storedesk.orders.routing.RouteLine;
import io.storedesk.orders.routing.RouteOrder;
import io.storedesk.orders.routing.Site;
import io.storedesk.store.Chunks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What routing reads and writes: orders that wait for a warehouse (with the lines of orders merged into them),
 * the warehouses and which channels they serve, available stock, and an order's status after routing.
 */
public final class RoutingRepository {

    private static final List<String> WAITING = List.of(OrderStatus.PAID.name(), OrderStatus.ON_HOLD.name());

    private final DSLContext dsl;

    public RoutingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Orders that wait for routing: PAID, or ON_HOLD for one of retryHolds (a backorder is routed again once
     * stock arrives); orderIds null = every such order, else only those among them. Orders merged into another
     * are routed with it. Oldest paid first.
     */
    public List<RoutingCandidate> candidates(Collection<Long> orderIds, Collection<String> retryHolds) {
        // STATUS IN (...) on its own, so that the database reads the status index: with the finer conditions only
        // in an OR, or beside MERGED_INTO_ID IS NULL, H2 read every order of the shop (seconds on a long history).
        Condition waiting = ORDERS.STATUS.in(WAITING).and(ORDERS.STATUS.eq(OrderStatus.PAID.name())
                .or(ORDERS.HOLD_REASON.in(retryHolds)));
        Condition chosen = orderIds == null ? DSL.noCondition() : ORDERS.ID.in(orderIds);
        Map<Long, RoutingCandidate.Builder> byId = new LinkedHashMap<>();
        dsl.select(ORDERS.ID, ORDERS.CHANNEL_ID, ORDERS.STATUS, ORDERS.HOLD_REASON, ORDERS.VERSION, ORDERS.PAID_AT,
                        ORDERS.PLACED_AT, ORDERS.PROVINCE, ORDERS.CITY, ORDERS.PROMISED_DAYS, ORDERS.REVIEWED_AT,
                        ORDERS.EXTERNAL_ID, ORDERS.MERGED_INTO_ID)
                .from(ORDERS)
                .where(waiting, chosen)
                .orderBy(ORDERS.PAID_AT.asc().nullsLast(), ORDERS.ID)
                .forEach(r -> {
                    if (r.value13() == null) {
                        byId.put(r.value1(), new RoutingCandidate.Builder(r.value1(), r.value2(),
                                OrderStatus.valueOf(r.value3()), r.value4(), r.value5(),
                                r.value6() == null ? r.value7() : r.value6(), r.value8(), r.value9(), r.value10(),
                                r.value11(), r.value12()));
                    }
                });
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> merged = mergedInto(byId.keySet(), orderIds == null);
        Map<Long, Long> targetOf = new HashMap<>();
        byId.keySet().forEach(id -> targetOf.put(id, id));
        merged.forEach((target, ids) -> ids.forEach(id -> targetOf.put(id, target)));
        readLines(targetOf, byId);
        return byId.values().stream().map(b -> b.build(merged.getOrDefault(b.orderId, List.of()))).toList();
    }

    /**
     * The lines of the waiting orders and of the orders merged into them (targetOf: order → the waiting order it
     * ships with) that are not yet in a parcel still going out, asked for by order id so that the database reads
     * only those orders' lines. Ids go in ascending chunks, each read in order, so a waiting order's lines come
     * in order id and line number order, its own and its merged orders' alike.
     */
    private void readLines(Map<Long, Long> targetOf, Map<Long, RoutingCandidate.Builder> byId) {
        Condition inParcel = DSL.exists(DSL.selectOne().from(SHIPMENT_LINE).join(SHIPMENT)
                .on(SHIPMENT.ID.eq(SHIPMENT_LINE.SHIPMENT_ID))
                .where(SHIPMENT_LINE.ORDER_LINE_ID.eq(ORDER_LINE.ID), SHIPMENT.STATUS.ne(ShipmentStatus.CANCELLED.name())));
        List<Long> ids = new ArrayList<>(targetOf.keySet());
        ids.sort(null);
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.ID, ORDER_LINE.SKU_ID, ORDER_LINE.SKU_CODE,
                            ORDER_LINE.QUANTITY, SKU.WEIGHT_GRAMS, ORDER_LINE.PRESALE, ORDERS.PRESALE)
                    .from(ORDER_LINE)
                    .join(ORDERS).on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID))
                    .leftJoin(SKU).on(SKU.ID.eq(ORDER_LINE.SKU_ID))
                    .where(ORDER_LINE.ORDER_ID.in(Chunks.inlined(chunk)), ORDER_LINE.KIND.eq(LineKind.SALE.name()),
                            ORDER_LINE.QUANTITY.gt(0), DSL.not(inParcel))
                    .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                    .forEach(r -> byId.get(targetOf.get(r.value1())).lines.add(new RouteLine(r.value2(), r.value3(),
                            r.value4(), r.value5(), r.value6(), r.value7() || r.value8())));
        }
    }

    /** The ids of orders with this number (one per channel that used it). */
    public List<Long> orderIds(String number) {
        return dsl.select(ORDERS.ID).from(ORDERS).where(ORDERS.EXTERNAL_ID.eq(number)).orderBy(ORDERS.ID)
                .fetch(ORDERS.ID);
    }

    /** Active warehouses as routing sees them, by priority. */
    public List<Site> sites() {
        return dsl.select(WAREHOUSE.ID, WAREHOUSE.CODE, WAREHOUSE.NAME, WAREHOUSE.PROVINCE, WAREHOUSE.PRIORITY)
                .from(WAREHOUSE).where(WAREHOUSE.ACTIVE.isTrue()).orderBy(WAREHOUSE.PRIORITY, WAREHOUSE.ID)
                .fetch(r -> new Site(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** channel id → the warehouses that may ship its orders; a channel without rows may use every warehouse. */
    public Map<Long, Set<Long>> channelSites() {
        Map<Long, Set<Long>> result = new HashMap<>();
        dsl.select(CHANNEL_WAREHOUSE.CHANNEL_ID, CHANNEL_WAREHOUSE.WAREHOUSE_ID).from(CHANNEL_WAREHOUSE)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return result;
    }

    /**
     * Units available (on hand less reserved) per SKU and warehouse, counting as available again what the given
     * orders (null = every waiting or merged order) hold themselves other than presale holds (their holds are replaced by the route's). A bundle is
     * available as the complete sets its parts make in each warehouse.
     */
    public AvailableStock available(Collection<Long> reroutedOrderIds) {
        AvailableStock stock = new AvailableStock();
        Map<Long, Map<Long, Integer>> bySku = new HashMap<>();
        dsl.select(STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.ON_HAND.minus(STOCK_LEVEL.RESERVED))
                .from(STOCK_LEVEL)
                .forEach(r -> bySku.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        List<Condition> which = new ArrayList<>();
        if (reroutedOrderIds == null) {
            which.add(STOCK_RESERVATION.ORDER_ID.in(DSL.select(ORDERS.ID).from(ORDERS)
                    .where(ORDERS.STATUS.in(WAITING).or(ORDERS.STATUS.eq(OrderStatus.MERGED.name())))));
        } else {
            Chunks.of(reroutedOrderIds).forEach(chunk -> which.add(STOCK_RESERVATION.ORDER_ID.in(chunk)));
        }
        for (Condition orders : which) {
            // A new query each time: jOOQ's builders are mutable, a second where() would add to the first.
            dsl.select(STOCK_RESERVATION.SKU_ID, STOCK_RESERVATION.WAREHOUSE_ID, STOCK_RESERVATION.QUANTITY)
                    .from(STOCK_RESERVATION)
                    .where(orders, STOCK_RESERVATION.RELEASED_AT.isNull(), STOCK_RESERVATION.KIND.ne("PRESALE"))
                    .forEach(r -> bySku.computeIfAbsent(r.value1(), k -> new HashMap<>())
                            .merge(r.value2(), r.value3(), Integer::sum));
        }
        bySku.forEach((sku, sites) -> sites.forEach((site, units) -> stock.set(sku, site, units)));
        bundleParts().forEach((bundle, parts) -> {
            Set<Long> sites = new HashSet<>();
            parts.keySet().forEach(part -> sites.addAll(bySku.getOrDefault(part, Map.of()).keySet()));
            for (long site : sites) {
                int sets = Integer.MAX_VALUE;
                for (Map.Entry<Long, Integer> part : parts.entrySet()) {
                    int have = Math.max(0, bySku.getOrDefault(part.getKey(), Map.of()).getOrDefault(site, 0));
                    sets = Math.min(sets, have / Math.max(1, part.getValue()));
                }
                stock.set(bundle, site, sets);
            }
        });
        return stock;
    }

    /** bundle SKU id → (part SKU id → units per bundle). */
    public Map<Long, Map<Long, Integer>> bundleParts() {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        dsl.select(BUNDLE_COMPONENT.BUNDLE_SKU_ID, BUNDLE_COMPONENT.COMPONENT_SKU_ID, BUNDLE_COMPONENT.QUANTITY)
                .from(BUNDLE_COMPONENT)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(),
                        r.value3()));
        return result;
    }

    /** Sets an order's status after routing if it still has the version routing read; false otherwise. */
    public boolean setRouteStatus(long orderId, int version, OrderStatus status, String holdReason, String note,
                                  String user, Instant at) {
        return dsl.update(ORDERS)
                .set(ORDERS.STATUS, status.name())
                .set(ORDERS.HOLD_REASON, holdReason)
                .set(ORDERS.ROUTE_NOTE, note)
                .set(ORDERS.VERSION, ORDERS.VERSION.plus(1))
                .set(ORDERS.UPDATED_AT, at)
                .set(ORDERS.UPDATED_BY, user)
                .where(ORDERS.ID.eq(orderId), ORDERS.VERSION.eq(version))
                .execute() == 1;
    }

    /**
     * Sets many orders' statuses after routing in one batch; true only when every order still had the version
     * routing read (otherwise the caller rolls its unit back and saves them one by one).
     */
    public boolean setRouteStatuses(List<RouteStatus> changes, String user, Instant at) {
        if (changes.isEmpty()) {
            return true;
        }
        // One prepared statement bound per order: H2 parses it once (a batch of distinct statements parses each).
        var batch = dsl.batch(dsl.update(ORDERS)
                .set(ORDERS.STATUS, DSL.val((String) null, String.class))
                .set(ORDERS.HOLD_REASON, DSL.val((String) null, String.class))
                .set(ORDERS.ROUTE_NOTE, DSL.val((String) null, String.class))
                .set(ORDERS.VERSION, ORDERS.VERSION.plus(DSL.inline(1)))
                .set(ORDERS.UPDATED_AT, DSL.val((Instant) null, ORDERS.UPDATED_AT.getDataType()))
                .set(ORDERS.UPDATED_BY, DSL.val((String) null, String.class))
                .where(ORDERS.ID.eq(DSL.val((Long) null, Long.class)),
                        ORDERS.VERSION.eq(DSL.val((Integer) null, Integer.class))));
        for (RouteStatus c : changes) {
            batch.bind(c.status().name(), c.holdReason(), c.note(), at, user, c.orderId(), c.version());
        }
        int[] counts = batch.execute();
        if (counts.length != changes.size()) {
            return false;
        }
        for (int count : counts) {
            if (count != 1) {
                return false;
            }
        }
        return true;
    }

    /** Cancels an order's parcels that have not left yet; answers how many. */
    public int cancelPlannedShipments(long orderId, String user, Instant at) {
        return dsl.update(SHIPMENT)
                .set(SHIPMENT.STATUS, ShipmentStatus.CANCELLED.name())
                .set(SHIPMENT.VERSION, SHIPMENT.VERSION.plus(1))
                .set(SHIPMENT.UPDATED_AT, at)
                .set(SHIPMENT.UPDATED_BY, user)
                .where(SHIPMENT.ORDER_ID.eq(orderId), SHIPMENT.STATUS.eq(ShipmentStatus.PLANNED.name()))
                .execute();
    }

    /** Marks parcels as chosen by a person, so that re-routing everything leaves them alone. */
    public void markManual(Collection<Long> shipmentIds) {
        dsl.update(SHIPMENT).set(SHIPMENT.MANUAL_OVERRIDE, true).where(SHIPMENT.ID.in(shipmentIds)).execute();
    }

    /** The order's status, version and route note as stored now. */
    public RoutedState state(long orderId) {
        return dsl.select(ORDERS.STATUS, ORDERS.VERSION, ORDERS.HOLD_REASON, ORDERS.ROUTE_NOTE).from(ORDERS)
                .where(ORDERS.ID.eq(orderId))
                .fetchOptional(r -> new RoutedState(orderId, OrderStatus.valueOf(r.value1()), r.value2(), r.value3(),
                        r.value4()))
                .orElse(null);
    }

    private Map<Long, List<Long>> mergedInto(Collection<Long> targets, boolean all) {
        Map<Long, List<Long>> result = new HashMap<>();
        Condition which = all ? ORDERS.MERGED_INTO_ID.isNotNull() : ORDERS.MERGED_INTO_ID.in(targets);
        dsl.select(ORDERS.MERGED_INTO_ID, ORDERS.ID).from(ORDERS).where(which, ORDERS.STATUS.eq(
                        OrderStatus.MERGED.name()))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }


    /** An order's status after routing, with the version it must still have. */
    public record RouteStatus(long orderId, int version, OrderStatus status, String holdReason, String note) {
    }

    /** An order's routing state as stored. */
    public record RoutedState(long orderId, OrderStatus status, int version, String holdReason, String routeNote) {
    }
}
