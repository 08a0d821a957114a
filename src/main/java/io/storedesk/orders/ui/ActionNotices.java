package io.storedesk.orders.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.common.UserFacingException;
import io.storedesk.orders.OrderReview.ReviewResult;
import io.storedesk.orders.OrderRouting.RoutingRun;
import io.storedesk.orders.routing.RouteSummary;
import io.storedesk.ui.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an action on orders did, as one notice of message keys: sentences joined, lists of held orders by reason
 * joined in the language's own way, so the notice reads right in either language even after switching.
 */
final class ActionNotices {

    private ActionNotices() {
    }

    static Notice reviewed(ReviewResult result) {
        if (result.reviewed() == 0) {
            return Notice.done("orders.notice.nothingToReview");
        }
        List<MessageKey> parts = new ArrayList<>();
        parts.add(result.held().isEmpty() ? new MessageKey("orders.notice.reviewedAllPassed", result.reviewed())
                : new MessageKey("orders.notice.reviewed", result.reviewed(), result.passed(), heldCount(result),
                        byReason(result.held())));
        if (result.merged() > 0) {
            parts.add(new MessageKey("orders.notice.reviewMerged", result.merged()));
        }
        return of(parts);
    }

    /** A routing pass after its review: routed figures, what was not routed and why, what review held. */
    static Notice routed(ReviewResult review, RoutingRun run) {
        RouteSummary s = run.summary();
        List<MessageKey> parts = new ArrayList<>();
        if (s.orders() == 0 && review.held().isEmpty()) {
            parts.add(new MessageKey("orders.notice.nothingToRoute"));
        } else {
            parts.add(new MessageKey("orders.notice.routed", s.routed(), s.shipments(), s.totalCost().amount()));
        }
        Map<String, Integer> notRouted = new TreeMap<>(s.holds());
        s.backorders().forEach((code, n) -> notRouted.merge(code, n, Integer::sum));
        if (!notRouted.isEmpty()) {
            parts.add(new MessageKey("orders.notice.notRouted", s.notRouted(), byReason(notRouted)));
        }
        if (!review.held().isEmpty()) {
            parts.add(new MessageKey("orders.notice.reviewHeld", heldCount(review), byReason(review.held())));
        }
        if (review.merged() > 0) {
            parts.add(new MessageKey("orders.notice.reviewMerged", review.merged()));
        }
        if (run.conflicts() > 0) {
            parts.add(new MessageKey("orders.notice.conflicts", run.conflicts()));
        }
        return of(parts);
    }

    /** A dry run: what routing would do now, nothing saved. */
    static Notice preview(RoutingRun run) {
        RouteSummary s = run.summary();
        if (s.orders() == 0) {
            return Notice.done("orders.notice.nothingToRoute");
        }
        List<MessageKey> parts = new ArrayList<>();
        parts.add(new MessageKey("orders.notice.preview", s.routed(), s.orders(), s.shipments(),
                s.totalCost().amount()));
        Map<String, Integer> notRouted = new TreeMap<>(s.holds());
        s.backorders().forEach((code, n) -> notRouted.merge(code, n, Integer::sum));
        if (!notRouted.isEmpty()) {
            parts.add(new MessageKey("orders.notice.previewNotRouted", s.notRouted(), byReason(notRouted)));
        }
        return of(parts);
    }

    /** Orders held or released by hand, and why some could not be. */
    static Notice heldOrReleased(OrderDesk.Batch batch, boolean hold) {
        if (batch.done() == 0 && !batch.refused().isEmpty()) {
            return Notice.problem(batch.refused().get(0));
        }
        List<MessageKey> parts = new ArrayList<>();
        parts.add(new MessageKey(hold ? "orders.notice.held" : "orders.notice.released", batch.done()));
        if (!batch.refused().isEmpty()) {
            UserFacingException first = batch.refused().get(0);
            parts.add(new MessageKey("orders.notice.refused", batch.refused().size(),
                    new MessageKey(first.messageKey(), first.arguments())));
        }
        return of(parts);
    }

    private static int heldCount(ReviewResult result) {
        return result.held().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "High amount 3, Buyer note to read 1" from counts by hold code. */
    static MessageKey byReason(Map<String, Integer> counts) {
        List<MessageKey> items = new ArrayList<>();
        counts.forEach((code, n) -> items.add(new MessageKey("orders.notice.reasonCount",
                new MessageKey("orders.hold." + code), n)));
        return joined("review.list.more", items);
    }

    private static Notice of(List<MessageKey> parts) {
        MessageKey all = joined("orders.notice.sentences", parts);
        return Notice.done(all.key(), all.arguments());
    }

    /** The items folded pairwise through a two-argument pattern ("{0}, {1}"). */
    private static MessageKey joined(String pattern, List<MessageKey> items) {
        MessageKey result = items.get(0);
        for (MessageKey next : items.subList(1, items.size())) {
            result = new MessageKey(pattern, result, next);
        }
        return result;
    }
}
