package io.storedesk.orders.ui;

import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.orders.ChannelName;
import io.storedesk.orders.Carrier;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.OrderFilter;
import io.storedesk.orders.OrderInbox;
import io.storedesk.orders.OrderReview;
import io.storedesk.orders.OrderReview.ReviewResult;
import io.storedesk.orders.OrderRouting;
import io.storedesk.orders.OrderRouting.RoutingRun;
import io.storedesk.orders.OrderService;
import io.storedesk.orders.review.MergeGroup;
import io.storedesk.orders.review.MergePolicy;
import io.storedesk.orders.review.ReviewPolicy;
import io.storedesk.orders.routing.CarrierCard;
import io.storedesk.orders.routing.RouteDecision;
import io.storedesk.orders.routing.RoutingNetwork;
import io.storedesk.orders.routing.Site;
import io.storedesk.security.PersonalDetails;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** The services the order-routing pane calls, in one place; every call here runs off the JavaFX thread. */
public final class OrderDesk {

    /** Rows the inbox shows at most: the newest; filters find the rest. */
    static final int LIMIT = 500;

    private final OrderService orders;
    private final OrderReview review;
    private final OrderRouting routing;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final LongFunction<PersonalDetails> reveal;

    /** reveal: an order's buyer in full (PersonalDataGuard.revealOrder: refused without the right, logged). */
    public OrderDesk(OrderService orders, OrderReview review, OrderRouting routing, Clock clock,
                     Supplier<ZoneId> zone, LongFunction<PersonalDetails> reveal) {
        this.reveal = reveal;
        this.orders = orders;
        this.review = review;
        this.routing = routing;
        this.clock = clock;
        this.zone = zone;
    }

    /** The inbox for the filter and period (null = any time); with the lists the filters offer when asked. */
    Loaded load(OrderFilter filter, InboxPeriod period, boolean withChoices) {
        OrderFilter f = period == null ? filter : new OrderFilter(filter.text(), filter.channelId(), filter.status(),
                filter.holdReason(), filter.province(), period.start(clock, zone.get()), null);
        OrderInbox inbox = orders.inbox(f, LIMIT);
        List<MergeGroup> groups = review.mergeSuggestions();
        Map<Long, String> numbers = orders.numbers(groups.stream().flatMap(g -> g.orderIds().stream()).toList());
        List<MergeSuggestion> suggestions = groups.stream().map(g -> new MergeSuggestion(g,
                g.orderIds().stream().map(id -> numbers.getOrDefault(id, "#" + id)).toList())).toList();
        return new Loaded(inbox, orders.waiting(), orders.holdReasons(), suggestions,
                withChoices ? choices() : null);
    }

    private Choices choices() {
        List<Site> sites = List.of();
        List<Carrier> carriers = List.of();
        try {
            RoutingNetwork network = routing.network(null, null);
            sites = network.sites();
            carriers = network.carriers().stream().map(CarrierCard::carrier).toList();
        } catch (RefusedInputException e) {
            // A shop without warehouses or carriers yet: the choice dialog offers nothing, routing says why.
        }
        return new Choices(orders.channels(), orders.provinces(), sites, carriers);
    }

    OrderDetail detail(long orderId) {
        return orders.detail(orderId).orElse(null);
    }

    PersonalDetails reveal(long orderId) {
        return reveal.apply(orderId);
    }

    ReviewResult review(Collection<Long> orderIds, String user) {
        return review.reviewWaiting(orderIds, user);
    }

    /** Reviews the orders first (so that what review holds is told apart), then routes what still waits. */
    Routed route(Collection<Long> orderIds, String user) {
        ReviewResult reviewed = review.reviewWaiting(orderIds, user);
        return new Routed(reviewed, routing.route(orderIds, false, user));
    }

    RoutingRun preview(String user) {
        return routing.route(null, true, user);
    }

    /** Holds (or releases) each order in turn; one refused does not stop the others. */
    Batch holdOrRelease(List<Long> orderIds, boolean hold, String user) {
        int done = 0;
        List<UserFacingException> refused = new ArrayList<>();
        for (long id : orderIds) {
            try {
                if (hold) {
                    review.hold(id, user);
                } else {
                    review.release(id, user);
                }
                done++;
            } catch (UserFacingException e) {
                refused.add(e);
            }
        }
        return new Batch(done, refused);
    }

    int merge(MergeGroup group, String user) {
        return review.merge(group, user);
    }

    ReviewRules rules() {
        return new ReviewRules(review.policy(), review.mergePolicy());
    }

    void saveRules(ReviewRules rules, String user) {
        review.savePolicy(rules.review(), user);
        review.saveMergePolicy(rules.merge(), user);
    }

    RouteDecision reroute(long orderId, int seenVersion, Long warehouseId, Long carrierId, String user) {
        return routing.reroute(orderId, seenVersion, warehouseId, carrierId, user);
    }

    /** One load of the inbox: the rows, orders waiting (the badge), hold reasons now, merges to suggest. */
    record Loaded(OrderInbox inbox, int waiting, List<String> holdReasons, List<MergeSuggestion> suggestions,
                  Choices choices) {
    }

    /** What the filters and the route dialog choose from. */
    record Choices(List<ChannelName> channels, List<String> provinces, List<Site> sites, List<Carrier> carriers) {
    }

    /** A routing pass with the review that came before it. */
    record Routed(ReviewResult review, RoutingRun run) {
    }

    /** Orders changed, and the refusals of those that were not. */
    record Batch(int done, List<UserFacingException> refused) {
    }

    /** The review rules and the merge rule, as the rules dialog edits them. */
    public record ReviewRules(ReviewPolicy review, MergePolicy merge) {
    }

    /** A merge the review suggests, with the orders' numbers (target first). */
    public record MergeSuggestion(MergeGroup group, List<String> numbers) {
    }
}
