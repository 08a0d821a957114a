package io.storedesk.orders;

import io.storedesk.orders.review.MergeGroup;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.security.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a person does to an order, as audit entries: entity "order" with the order's store id (its number beside
 * the values), or "settings" for the review and merge rules.
 */
final class OrderAudit {

    static final String ORDER = "order";
    static final String SETTINGS = "settings";

    private OrderAudit() {
    }

    static AuditLog.Change held(Order before, String reason) {
        return new AuditLog.Change("order.hold", ORDER, String.valueOf(before.id()), state(before),
                Map.of("number", before.externalId(), "status", OrderStatus.ON_HOLD.name(), "holdReason", reason));
    }

    static AuditLog.Change released(Order before) {
        return new AuditLog.Change("order.release", ORDER, String.valueOf(before.id()), state(before),
                Map.of("number", before.externalId(), "status", OrderStatus.PAID.name()));
    }

    static AuditLog.Change merged(MergeGroup group, int merged) {
        return new AuditLog.Change("order.merge", ORDER, String.valueOf(group.targetOrderId()), Map.of(),
                Map.of("mergedOrders", group.mergedOrderIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(",")), "merged", String.valueOf(merged)));
    }

    /** A person's route override: what they chose (null = the engine's choice) and where the parcels go now. */
    static AuditLog.Change rerouted(long orderId, List<Shipment> before, Long warehouseId, Long carrierId,
                                    RouteDecision decision) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("warehouse", warehouseId == null ? "" : String.valueOf(warehouseId));
        after.put("carrier", carrierId == null ? "" : String.valueOf(carrierId));
        after.put("outcome", decision.outcome().name());
        after.put("shipments", decision.shipments().stream().map(OrderAudit::parcel)
                .collect(Collectors.joining(";")));
        String was = before.stream().filter(s -> s.status() != ShipmentStatus.CANCELLED)
                .map(s -> s.warehouseId() + "/" + (s.carrierId() == null ? "" : s.carrierId()))
                .collect(Collectors.joining(";"));
        return new AuditLog.Change("order.reroute", ORDER, String.valueOf(orderId), Map.of("shipments", was), after);
    }

    static AuditLog.Change settings(String rules, Map<String, String> before, Map<String, String> after) {
        return new AuditLog.Change("settings.save", SETTINGS, rules, before, after);
    }

    private static String parcel(PlannedShipment p) {
        return p.siteId() + "/" + p.carrierId();
    }

    private static Map<String, String> state(Order order) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("number", order.externalId());
        state.put("status", order.status().name());
        if (order.holdReason() != null) {
            state.put("holdReason", order.holdReason());
        }
        return state;
    }
}
