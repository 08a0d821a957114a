package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RouteLine;
import io.storedesk.stock.ReleaseReason;
import io.storedesk.stock.Reservation;
import io.storedesk.stock.ReservationKind;
import io.storedesk.stock.StockReservations;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores one routing decision as one unit of work: the planned parcels, stock held for each of their lines at
 * the parcel's warehouse (a bundle's parts for a bundle), the order's earlier holds on those lines let go, and
 * the order ROUTED with its explanation; or the order held with the reason. Stock someone else took since the
 * batch was planned turns the order into a NO_STOCK backorder instead, with no hold left behind.
 */
public final class RouteBooking {

    /**
     * Orders saved per unit of work in a pass: large enough for batched writes, small enough that other desks
     * wait little for the rows it locks (10,000 measured no cheaper); a unit that meets a change made meanwhile
     * is halved until only the orders concerned fall out.
     */
    static final int CHUNK = 500;

    private final RoutingRepository repository;
    private final OrderRepository orders;
    private final StockReservations reservations;
    private final Transactions transactions;
    private final Clock clock;
    private Map<Long, Map<Long, Integer>> bundleParts;

    public RouteBooking(RoutingRepository repository, OrderRepository orders, StockReservations reservations,
                        Transactions transactions, Clock clock) {
        this.repository = repository;
        this.orders = orders;
        this.reservations = reservations;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Saves a pass's decisions in chunks, each chunk one unit of work with batched writes; a chunk that meets an
     * order changed meanwhile or stock taken meanwhile rolls back and is saved again in halves, down to single
     * orders, so that only those orders fall out. Halves are saved in the pass's order (earliest paid first), as
     * a chunk would have. Answers how many orders changed meanwhile (not saved).
     */
    int saveAll(List<RoutingCandidate> candidates, List<RouteDecision> decisions, String user) {
        int conflicts = 0;
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            int to = Math.min(candidates.size(), from + CHUNK);
            conflicts += saveChunk(candidates.subList(from, to), decisions.subList(from, to), user);
        }
        return conflicts;
    }

    private int saveChunk(List<RoutingCandidate> chunk, List<RouteDecision> decisions, String user) {
        if (chunk.size() == 1) {
            return save(chunk.get(0), decisions.get(0), false, user) ? 0 : 1;
        }
        try {
            transactions.inTransaction(() -> book(chunk, decisions, false, user, clock.instant()));
            return 0;
        } catch (ChangedMeanwhile | RefusedInputException e) {
            int half = chunk.size() / 2;
            return saveChunk(chunk.subList(0, half), decisions.subList(0, half), user)
                    + saveChunk(chunk.subList(half, chunk.size()), decisions.subList(half, decisions.size()), user);
        }
    }

    /** Saves the decision; false when the order changed since it was read (nothing saved then). */
    boolean save(RoutingCandidate candidate, RouteDecision decision, boolean manual, String user) {
        Instant now = clock.instant();
        try {
            transactions.inTransaction(() -> book(List.of(candidate), List.of(decision), manual, user, now));
            return true;
        } catch (ChangedMeanwhile e) {
            return false;
        } catch (RefusedInputException e) {
            if (!e.messageKey().startsWith("stock.reservation.notAvailable")) {
                throw e;
            }
            // Another desk took the stock after the batch was planned: a backorder, tried again next time.
            return transactions.inTransaction(() -> repository.setRouteStatus(candidate.orderId(),
                    candidate.version(), OrderStatus.ON_HOLD, "NO_STOCK", RouteNotes.encode(List.of(
                            new MessageKey("orders.note.takenMeanwhile")), OrderReview.NOTE_MAX),
                    user, now));
        }
    }

    /** Reads the bundles' parts afresh at the start of a routing pass; within it they are read once. */
    void startPass() {
        bundleParts = null;
    }

    /**
     * Undoes an order's route before it ships: parcels cancelled, stock held for them let go, order PAID. The
     * order must still have the version the person saw (seenVersion); throws ChangedMeanwhile when another desk
     * changed it since. Answers the version the order has now in this unit of work (one more when it was routed).
     */
    int unroute(long orderId, int seenVersion, String user, Instant now) {
        RoutingRepository.RoutedState state = repository.state(orderId);
        if (state == null) {
            throw new RefusedInputException("orders.error.notWaiting", orderId);
        }
        if (state.version() != seenVersion) {
            throw new ChangedMeanwhile();
        }
        if (state.status() != OrderStatus.ROUTED) {
            if (state.status() == OrderStatus.PAID || state.status() == OrderStatus.ON_HOLD) {
                return seenVersion;
            }
            throw new RefusedInputException("orders.route.error.notReroutable", orderId,
                    new MessageKey("orders.status." + state.status().name()));
        }
        repository.cancelPlannedShipments(orderId, user, now);
        for (Reservation held : reservations.activeForOrder(orderId)) {
            if (held.kind() == ReservationKind.ALLOCATED) {
                reservations.release(held.id(), ReleaseReason.REROUTED, user);
            }
        }
        if (!repository.setRouteStatus(orderId, seenVersion, OrderStatus.PAID, null, null, user, now)) {
            throw new ChangedMeanwhile();
        }
        return seenVersion + 1;
    }

    /**
     * Books decisions in the caller's unit of work with batched writes: earlier holds on routed lines let go,
     * parcels, their stock holds, and every order's status; throws (the unit rolls back) when stock or an order
     * changed meanwhile.
     */
    private void book(List<RoutingCandidate> chunk, List<RouteDecision> decisions, boolean manual, String user,
                      Instant now) {
        List<Long> orderIds = new ArrayList<>();
        chunk.forEach(c -> {
            orderIds.add(c.orderId());
            orderIds.addAll(c.mergedOrderIds());
        });
        Map<Long, Set<Long>> routedLines = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            Set<Long> lines = new HashSet<>();
            decisions.get(i).shipments().forEach(p -> lines.addAll(p.lineQuantities().keySet()));
            routedLines.put(chunk.get(i).orderId(), lines);
            chunk.get(i).mergedOrderIds().forEach(m -> routedLines.put(m, lines));
        }
        for (Reservation held : reservations.activeForOrders(orderIds)) {
            Set<Long> lines = routedLines.getOrDefault(held.orderId(), Set.of());
            if (held.kind() != ReservationKind.PRESALE && (held.orderLineId() == null
                    || lines.contains(held.orderLineId()))) {
                reservations.release(held.id(), ReleaseReason.ROUTED, user);
            }
        }
        List<Reservation> holds = new ArrayList<>();
        List<Shipment> parcels = new ArrayList<>();
        List<RoutingRepository.RouteStatus> statuses = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            RoutingCandidate candidate = chunk.get(i);
            RouteDecision decision = decisions.get(i);
            String explanation = OrderRouting.explanation(decision.explanation());
            if (!decision.routed()) {
                statuses.add(new RoutingRepository.RouteStatus(candidate.orderId(), candidate.version(),
                        OrderStatus.ON_HOLD, decision.holdCode(), explanation));
                continue;
            }
            Map<Long, RouteLine> lines = new HashMap<>();
            candidate.route().lines().forEach(l -> lines.put(l.lineId(), l));
            for (PlannedShipment s : decision.shipments()) {
                parcels.add(new Shipment(0, candidate.orderId(), s.siteId(), s.carrierId(), s.service(),
                        ShipmentStatus.PLANNED, null, s.weightGrams(), s.cost(), s.estimatedDelivery(), explanation,
                        null, null, s.lineQuantities()));
                s.lineQuantities().forEach((lineId, units) -> holds.addAll(holdsFor(lines.get(lineId), s.siteId(),
                        units, candidate.orderId())));
            }
            statuses.add(new RoutingRepository.RouteStatus(candidate.orderId(), candidate.version(),
                    OrderStatus.ROUTED, null, explanation));
        }
        reservations.reserveAll(holds, user);
        List<Long> parcelIds = orders.insertShipments(parcels);
        if (manual) {
            repository.markManual(parcelIds);
        }
        if (!repository.setRouteStatuses(statuses, user, now)) {
            throw new ChangedMeanwhile();
        }
    }

    private List<Reservation> holdsFor(RouteLine line, long siteId, int units, long orderId) {
        Map<Long, Integer> parts = parts().get(line.skuId());
        if (parts == null) {
            return List.of(new Reservation(0, line.skuId(), siteId, orderId, line.lineId(), units,
                    ReservationKind.ALLOCATED, null, null, null));
        }
        List<Reservation> holds = new ArrayList<>();
        parts.forEach((part, perBundle) -> holds.add(new Reservation(0, part, siteId, orderId, line.lineId(),
                units * perBundle, ReservationKind.ALLOCATED, null, null, null)));
        return holds;
    }

    private Map<Long, Map<Long, Integer>> parts() {
        if (bundleParts == null) {
            bundleParts = repository.bundleParts();
        }
        return bundleParts;
    }

    /** Rolls back a unit whose order changed meanwhile; save answers false for it. */
    static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
