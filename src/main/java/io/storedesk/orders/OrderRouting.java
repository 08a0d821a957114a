package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.review.ReviewHold;
import io.storedesk.orders.routing.AvailableStock;
import io.storedesk.orders.routing.CarrierCard;
import io.storedesk.orders.routing.HoldCodes;
import io.storedesk.orders.routing.OrderRouter;
import io.storedesk.orders.routing.PlannedShipment;
import io.storedesk.orders.routing.Reason;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RouteOrder;
import io.storedesk.orders.routing.RouteOutcome;
import io.storedesk.orders.routing.RouteSummary;
import io.storedesk.orders.routing.RoutingNetwork;
import io.storedesk.orders.routing.Site;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.AuditLog;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Routes waiting orders as the desk and the CLI ask: review first (an order the rules hold is not routed), then
 * the engine over the whole batch (contended stock to the earliest paid), then each order saved in its own unit
 * of work: parcels planned, stock held for them, the order ROUTED with its explanation; or held with the reason.
 * A person may choose the warehouse or carrier of an order; that route is marked manual. Routed orders are not
 * waiting, so routing all waiting orders never undoes a route, manual or not.
 */
public final class OrderRouting {

    private static final Logger LOG = LoggerFactory.getLogger(OrderRouting.class);
    private static final int EXPLANATION_MAX = 2000;

    private final RoutingRepository repository;
    private final OrderRepository orders;
    private final CarrierRepository carriers;
    private final OrderReview review;
    private final RouteBooking booking;
    private final Transactions transactions;
    private final ShopSettings shop;
    private final Clock clock;
    private final OrderRouter router;
    private final AuditLog audit;
    private final Access access;

    public OrderRouting(RoutingRepository repository, OrderRepository orders, CarrierRepository carriers,
                        OrderReview review, RouteBooking booking, Transactions transactions, ShopSettings shop,
                        Clock clock, OrderRouter router, AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        this.repository = repository;
        this.orders = orders;
        this.carriers = carriers;
        this.review = review;
        this.booking = booking;
        this.transactions = transactions;
        this.shop = shop;
        this.clock = clock;
        this.router = router;
    }

    /**
     * Routes the given waiting orders (null = every waiting order). A dry run reviews and routes in memory only:
     * nothing is held, reserved or changed.
     */
    public RoutingRun route(Collection<Long> orderIds, boolean dryRun, String user) {
        // A dry run changes nothing: whoever sees the orders may ask what routing would do.
        access.require(dryRun ? Permission.ORDERS_VIEW : Permission.ORDERS_EDIT);
        booking.startPass();
        long started = System.nanoTime();
        List<RoutingCandidate> read = candidates(orderIds);
        // Review first: what its rules hold is not routed. A dry run only asks them; a real run stores the holds.
        List<Long> unreviewed = read.stream().filter(c -> c.reviewedAt() == null).map(RoutingCandidate::orderId)
                .toList();
        // All waiting orders are asked for by what they are, not by a list of every id.
        Collection<Long> toReview = orderIds == null ? null : unreviewed;
        Map<Long, List<ReviewHold>> holds = unreviewed.isEmpty() ? Map.of() : review.checkUnreviewed(toReview);
        List<RoutingCandidate> candidates = read;
        if (!dryRun && !unreviewed.isEmpty()) {
            review.reviewWaiting(toReview, user);
            candidates = candidates(orderIds);
        }
        long reviewed = System.nanoTime();
        List<RouteDecision> decisions = new ArrayList<>();
        holds.forEach((orderId, found) -> {
            if (!found.isEmpty()) {
                decisions.add(new RouteDecision(orderId, RouteOutcome.HOLD, List.of(), found.get(0).code(),
                        found.stream().map(h -> new Reason(h.messageKey(), h.args())).toList()));
            }
        });
        List<RoutingCandidate> toRoute = candidates.stream()
                .filter(c -> holds.getOrDefault(c.orderId(), List.of()).isEmpty()).toList();
        AvailableStock stock = repository.available(orderIds == null ? null : ids(toRoute));
        RoutingNetwork network = network(null, null);
        long loaded = System.nanoTime();
        List<RouteDecision> routed = router.routeAll(toRoute.stream().map(RoutingCandidate::route).toList(), network,
                stock, clock.instant());
        long planned = System.nanoTime();
        int conflicts = dryRun ? 0 : booking.saveAll(toRoute, routed, user);
        decisions.addAll(routed);
        LOG.info("Routing pass{}: {} orders read, reviewed and loaded in {} + {} ms, routed in {} ms, saved in {} ms",
                dryRun ? " (dry run)" : "", read.size(), (reviewed - started) / 1_000_000,
                (loaded - reviewed) / 1_000_000, (planned - loaded) / 1_000_000,
                (System.nanoTime() - planned) / 1_000_000);
        Map<Long, String> numbers = new HashMap<>();
        Map<Long, String> skuCodes = new HashMap<>();
        read.forEach(c -> {
            numbers.put(c.orderId(), c.number());
            c.route().lines().forEach(l -> skuCodes.put(l.lineId(), l.skuCode()));
        });
        return new RoutingRun(decisions, RouteSummary.of(decisions), conflicts, dryRun, network, numbers, skuCodes);
    }

    /**
     * Routes one order again, from the given warehouse and/or by the given carrier when not null (a person's
     * choice, kept as manual), or as the engine sees fit when both are null. Its parcels not yet shipped are
     * cancelled and its stock held anew, all in one unit of work; refused (nothing changed) when the choice
     * cannot ship the order, with the engine's reason, and when the order is no longer at seenVersion (the
     * version the person saw when choosing), naming the other desk's change.
     */
    public RouteDecision reroute(long orderId, int seenVersion, Long warehouseId, Long carrierId, String user) {
        access.require(Permission.ORDERS_EDIT);
        boolean manual = warehouseId != null || carrierId != null;
        booking.startPass();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Shipment> before = orders.shipments(orderId);
            int version;
            try {
                version = booking.unroute(orderId, seenVersion, user, now);
            } catch (RouteBooking.ChangedMeanwhile e) {
                throw review.conflicts().refusal(orderId);
            }
            RoutingCandidate candidate = repository.candidates(List.of(orderId), HoldCodes.ALL).stream().findFirst()
                    .orElseThrow(() -> new RefusedInputException("orders.error.notWaiting", orderId));
            if (candidate.version() != version) {
                // Changed by another desk between the check above and this read: what was seen no longer holds.
                throw review.conflicts().refusal(orderId);
            }
            RoutingNetwork network = network(warehouseId, carrierId);
            RouteDecision decision = router.route(candidate.route(), network, repository.available(List.of(orderId)),
                    now);
            if (manual && !decision.routed()) {
                throw new RefusedInputException("orders.route.error.choiceCannotShip",
                        new MessageKey("routing.hold." + decision.holdCode()));
            }
            if (manual) {
                List<Reason> explained = Stream.concat(Stream.of(Reason.because("manual", user)),
                        decision.explanation().stream()).toList();
                decision = new RouteDecision(decision.orderId(), decision.outcome(), decision.shipments(),
                        decision.holdCode(), explained);
            }
            if (!booking.save(candidate, decision, manual, user)) {
                throw review.conflicts().refusal(orderId);
            }
            audit.record(user, OrderAudit.rerouted(orderId, before, warehouseId, carrierId, decision));
            return decision;
        });
    }

    /** The warehouses and carriers routing chooses from; onlySite/onlyCarrier narrow it to a person's choice. */
    public RoutingNetwork network(Long onlySite, Long onlyCarrier) {
        List<Site> sites = repository.sites().stream().filter(s -> onlySite == null || s.id() == onlySite).toList();
        List<CarrierCard> cards = carriers.carriers().stream()
                .filter(c -> c.active() && (onlyCarrier == null || c.id() == onlyCarrier))
                .map(c -> new CarrierCard(c, carriers.rates(c.id()), carriers.exclusions(c.id()))).toList();
        if (sites.isEmpty() || cards.isEmpty()) {
            throw new RefusedInputException("orders.route.error.noNetwork");
        }
        return new RoutingNetwork(sites, cards, repository.channelSites(), shop.zone());
    }

    /** The stored explanation of an order's route or hold. */
    public List<MessageKey> explanation(long orderId) {
        RoutingRepository.RoutedState state = repository.state(orderId);
        return state == null ? List.of() : RouteNotes.decode(state.routeNote());
    }

    /** The parcels planned or shipped for an order. */
    public List<Shipment> shipments(long orderId) {
        return orders.shipments(orderId);
    }

    /** Waiting orders: PAID, or held for a routing reason (a backorder is tried again). */
    private List<RoutingCandidate> candidates(Collection<Long> orderIds) {
        return repository.candidates(orderIds, HoldCodes.ALL);
    }

    private static Set<Long> ids(List<RoutingCandidate> candidates) {
        Set<Long> ids = new HashSet<>();
        candidates.forEach(c -> {
            ids.add(c.orderId());
            ids.addAll(c.mergedOrderIds());
        });
        return ids;
    }

    static String explanation(List<Reason> reasons) {
        return RouteNotes.encode(reasons.stream().map(RouteNotes::note).toList(), EXPLANATION_MAX);
    }

    /** A routing pass: each order's decision, their figures, orders changed by someone meanwhile (not saved). */
    public record RoutingRun(List<RouteDecision> decisions, RouteSummary summary, int conflicts, boolean dryRun,
                             RoutingNetwork network, Map<Long, String> orderNumbers, Map<Long, String> skuCodes) {
    }

    /** The ids of orders with this number (one per channel that used it), for people who know only the number. */
    public List<Long> orderIds(String number) {
        return repository.orderIds(number);
    }
}
