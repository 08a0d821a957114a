package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.ReviewRepository.PhoneOrder;
import io.storedesk.orders.review.AddressNormaliser;
import io.storedesk.orders.review.MergeCandidate;
import io.storedesk.orders.review.MergeFinder;
import io.storedesk.orders.review.MergeGroup;
import io.storedesk.orders.review.MergePolicy;
import io.storedesk.orders.review.OrderReviewer;
import io.storedesk.orders.review.PhoneActivity;
import io.storedesk.orders.review.ReviewHold;
import io.storedesk.orders.review.ReviewPolicy;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.AuditLog;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Order review (审单) as the desk runs it: the rules hold what a person must look at first, everything else is
 * marked as passed; a person releases a hold (it is not raised again) or holds an order by hand; orders of one
 * buyer to one address merge, by suggestion or automatically. Policies are shop settings.
 */
public final class OrderReview {

    /** A hold a person put on an order. */
    public static final String MANUAL_HOLD = "MANUAL";
    static final int NOTE_MAX = 4000;

    private final ReviewRepository repository;
    private final SettingsRepository settings;
    private final Transactions transactions;
    private final Access access;
    private final Clock clock;
    private final OrderReviewer reviewer = new OrderReviewer();
    private final AddressNormaliser normaliser = new AddressNormaliser();
    private final MergeFinder merges = new MergeFinder();
    private final AuditLog audit;
    private final OrderConflicts conflicts;

    public OrderReview(ReviewRepository repository, SettingsRepository settings, Transactions transactions,
                       Clock clock, AuditLog audit, Access access) {
        this.audit = audit;
        this.conflicts = new OrderConflicts(repository, audit);
        this.access = access;
        this.repository = repository;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReviewPolicy policy() {
        return ReviewPolicy.fromSettings(read(ReviewPolicy.defaults().toSettings().keySet()));
    }

    public void savePolicy(ReviewPolicy policy, String user) {
        access.require(Permission.ORDERS_EDIT);
        Map<String, String> before = read(policy.toSettings().keySet());
        transactions.inTransaction(() -> {
            policy.toSettings().forEach((key, value) -> settings.put(key, value, user));
            audit.record(user, OrderAudit.settings("order.review", before, policy.toSettings()));
        });
    }

    public MergePolicy mergePolicy() {
        return MergePolicy.fromSettings(read(MergePolicy.defaults().toSettings().keySet()));
    }

    public void saveMergePolicy(MergePolicy policy, String user) {
        access.require(Permission.ORDERS_EDIT);
        Map<String, String> before = read(policy.toSettings().keySet());
        transactions.inTransaction(() -> {
            policy.toSettings().forEach((key, value) -> settings.put(key, value, user));
            audit.record(user, OrderAudit.settings("order.merge", before, policy.toSettings()));
        });
    }

    /**
     * Reviews the PAID orders the rules have not passed yet (orderIds null = all of them): an order with holds
     * goes ON_HOLD with the first as its reason and all of them as its note; the others are marked as passed.
     * With automatic merging on, the suggested merges are then made. Each order is its own unit of work.
     */
    public ReviewResult reviewWaiting(Collection<Long> orderIds, String user) {
        access.require(Permission.ORDERS_EDIT);
        List<Order> orders = repository.waiting(orderIds, true);
        Map<Long, List<ReviewHold>> holds = check(orders);
        Instant now = clock.instant();
        Map<String, Integer> held = new TreeMap<>();
        List<Long> passed = new ArrayList<>();
        for (Order order : orders) {
            List<ReviewHold> found = holds.getOrDefault(order.id(), List.of());
            if (found.isEmpty()) {
                passed.add(order.id());
            } else if (transactions.inTransaction(() -> repository.setHold(order.id(), order.version(),
                    found.get(0).code(), note(found), user, now))) {
                held.merge(found.get(0).code(), 1, Integer::sum);
            }
        }
        transactions.inTransaction(() -> repository.markReviewed(passed, user, now));
        int merged = 0;
        if (mergePolicy().automatic()) {
            for (MergeGroup group : mergeSuggestions()) {
                merged += mergeWhatWaits(group, user);
            }
        }
        return new ReviewResult(orders.size(), passed.size(), held, merged);
    }

    /** What the rules would hold among the given orders (null = all) they have not passed yet, in memory. */
    public Map<Long, List<ReviewHold>> checkUnreviewed(Collection<Long> orderIds) {
        return orderIds != null && orderIds.isEmpty() ? Map.of() : check(repository.waiting(orderIds, true));
    }

    /** The holds the rules find for each order, in memory (nothing stored): order id → holds, first to act on. */
    public Map<Long, List<ReviewHold>> check(List<Order> orders) {
        ReviewPolicy policy = policy();
        PhoneActivity phones = phoneActivity(orders, policy);
        Map<Long, List<ReviewHold>> result = new LinkedHashMap<>();
        orders.forEach(order -> result.put(order.id(), reviewer.review(order, policy, phones)));
        return result;
    }

    /** Releases a held order: PAID again and passed, so that routing takes it and review does not hold it again. */
    public void release(long orderId, String user) {
        access.require(Permission.ORDERS_EDIT);
        Order order = held(orderId);
        transactions.inTransaction(() -> {
            if (!repository.setHold(orderId, order.version(), null, null, user, clock.instant())) {
                throw conflicts.refusal(orderId);
            }
            audit.record(user, OrderAudit.released(order));
        });
    }

    /** Holds a waiting order by hand until a person releases it. */
    public void hold(long orderId, String user) {
        access.require(Permission.ORDERS_EDIT);
        Order order = repository.waiting(List.of(orderId), false).stream().findFirst()
                .orElseThrow(() -> new RefusedInputException("orders.error.notWaiting", orderId));
        String note = RouteNotes.encode(List.of(new MessageKey("orders.note.heldBy", user)), NOTE_MAX);
        transactions.inTransaction(() -> {
            if (!repository.setHold(orderId, order.version(), MANUAL_HOLD, note, user, clock.instant())) {
                throw conflicts.refusal(orderId);
            }
            audit.record(user, OrderAudit.held(order, MANUAL_HOLD));
        });
    }

    /** Orders of one buyer to one address within the merge window that could ship as one parcel. */
    public List<MergeGroup> mergeSuggestions() {
        List<MergeCandidate> candidates = repository.waiting(null, false).stream()
                .map(order -> MergeCandidate.of(order, normaliser.normalise(order.shipTo()))).toList();
        return merges.find(candidates, mergePolicy().window());
    }

    /**
     * Merges a suggested group into its target order as a person asked: all of it or nothing, refused with the
     * other desk's change when one of its orders no longer waits (merged, routed or cancelled meanwhile).
     */
    public int merge(MergeGroup group, String user) {
        access.require(Permission.ORDERS_EDIT);
        return transactions.inTransaction(() -> {
            int merged = repository.merge(group.targetOrderId(), group.mergedOrderIds(), user, clock.instant());
            if (merged < group.mergedOrderIds().size()) {
                throw conflicts.refusal(gone(group));
            }
            audit.record(user, OrderAudit.merged(group, merged));
            return merged;
        });
    }

    /** Automatic merging: merges what still waits of the group; answers how many orders merged. */
    private int mergeWhatWaits(MergeGroup group, String user) {
        return transactions.inTransaction(() -> {
            int merged = repository.merge(group.targetOrderId(), group.mergedOrderIds(), user, clock.instant());
            if (merged > 0) {
                audit.record(user, OrderAudit.merged(group, merged));
            }
            return merged;
        });
    }

    /** The first order of the group that is not merged into its target (another desk changed it). */
    private long gone(MergeGroup group) {
        return group.mergedOrderIds().stream()
                .filter(id -> repository.lastChange(id).map(c -> c.status() != OrderStatus.MERGED).orElse(true))
                .findFirst().orElse(group.targetOrderId());
    }

    /** The refusals for orders another desk changed first; routing shares them. */
    OrderConflicts conflicts() {
        return conflicts;
    }

    private Order held(long orderId) {
        Order order = repository.waiting(List.of(orderId), false).stream().findFirst()
                .orElseThrow(() -> new RefusedInputException("orders.error.notWaiting", orderId));
        if (order.status() != OrderStatus.ON_HOLD) {
            throw new RefusedInputException("orders.error.notHeld", order.externalId());
        }
        return order;
    }

    /** The other orders of the reviewed orders' phones from the database, within the rule's window. */
    private PhoneActivity phoneActivity(List<Order> orders, ReviewPolicy policy) {
        if (!policy.riskPhoneOn() || orders.isEmpty()) {
            return PhoneActivity.none();
        }
        Set<String> phones = orders.stream().map(o -> o.shipTo() == null ? null : o.shipTo().phone())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Instant earliest = orders.stream().map(Order::placedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(clock.instant());
        Map<String, List<PhoneOrder>> byPhone = repository.ordersByPhone(phones,
                earliest.minus(policy.riskPhoneWindow())).stream().collect(Collectors.groupingBy(PhoneOrder::phone));
        return (order, window) -> {
            if (order.shipTo() == null || order.placedAt() == null) {
                return 0;
            }
            Instant end = order.placedAt();
            Instant start = end.minus(window);
            return (int) byPhone.getOrDefault(order.shipTo().phone(), List.of()).stream()
                    .filter(o -> o.orderId() != order.id() && !o.placedAt().isBefore(start) && !o.placedAt().isAfter(end))
                    .count();
        };
    }

    private static String note(List<ReviewHold> holds) {
        return RouteNotes.encode(holds.stream().map(h -> new MessageKey(h.messageKey(), h.args().toArray())).toList(),
                NOTE_MAX);
    }

    private Map<String, String> read(Collection<String> keys) {
        Map<String, String> values = new HashMap<>();
        keys.forEach(key -> settings.get(key).ifPresent(value -> values.put(key, value)));
        return values;
    }

    /** What a review pass did: orders looked at, passed, held by code, and orders merged. */
    public record ReviewResult(int reviewed, int passed, Map<String, Integer> held, int merged) {

        public ReviewResult {
            held = Map.copyOf(held);
        }

    }
}
