package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * The refusal a desk gets when another desk changed the order first (decision 0027): who and when from the
 * order's row, what they did from their audit entry for it made at that moment (hold, release, merge, route
 * override), or else the status they left it in (a routing pass, which writes no audit entry per order).
 */
final class OrderConflicts {

    private static final Map<String, String> ACTIONS = Map.of(
            "order.hold", "orders.change.held",
            "order.release", "orders.change.released",
            "order.merge", "orders.change.mergedOthers",
            "order.reroute", "orders.change.rerouted");

    private final ReviewRepository repository;
    private final AuditLog audit;

    OrderConflicts(ReviewRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Call inside the unit of work that lost: the other desk's change is committed and visible by then. */
    RefusedInputException refusal(long orderId) {
        Optional<OrderChange> last = repository.lastChange(orderId);
        if (last.isEmpty() || last.get().user() == null || last.get().at() == null) {
            return new RefusedInputException("orders.error.changedMeanwhile", orderId);
        }
        OrderChange change = last.get();
        return new RefusedInputException("orders.error.changedBy", change.number(), change.user(),
                Date.from(change.at()), what(change));
    }

    private MessageKey what(OrderChange change) {
        Optional<String> action = audit.history(OrderAudit.ORDER, String.valueOf(change.orderId()), 1).stream()
                .filter(e -> change.user().equals(e.user()) && !millis(e.occurredAt()).isBefore(millis(change.at())))
                .map(AuditEntry::action).filter(ACTIONS::containsKey).findFirst();
        if (action.isPresent()) {
            return new MessageKey(ACTIONS.get(action.get()));
        }
        if (change.status() == OrderStatus.MERGED) {
            return new MessageKey("orders.change.merged");
        }
        return new MessageKey("orders.change.status", new MessageKey("orders.status." + change.status().name()));
    }

    /** The two times come from two clock readings and two columns whose precision differs per database. */
    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
