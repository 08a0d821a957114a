package io.storedesk.aftersales;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The last change to a ticket, as a desk that lost the race to it is told: who, when, and (from the timeline
 * entry they left, when there is one) what they did. event is null when the change left no timeline entry.
 * For a receipt on a ticket line (which does not change the ticket's own row) who and when come from its entry.
 */
public record TicketChange(String code, String user, Instant at, TicketStatus status, TicketEvent event) {

    /**
     * The refusal for a save that lost to another desk's change: names who changed the ticket, when and what
     * they did; the plain "changed meanwhile" when the ticket cannot be read any more.
     */
    public static RefusedInputException refusal(String ticketCode, Optional<TicketChange> last) {
        if (last.isEmpty() || last.get().user() == null || last.get().at() == null) {
            return new RefusedInputException("aftersales.error.changedMeanwhile", ticketCode);
        }
        TicketChange change = last.get();
        return new RefusedInputException("aftersales.error.changedBy", change.code(), change.user(),
                Date.from(change.at()), change.what());
    }

    /** What the other person did, in words: the move, the new assignee, or the kind of timeline entry. */
    public MessageKey what() {
        if (event == null) {
            return new MessageKey("aftersales.change.status", new MessageKey("aftersales.status." + status.name()));
        }
        return switch (event.kind()) {
            case STATUS -> new MessageKey("aftersales.change.status",
                    new MessageKey("aftersales.status." + event.toStatus().name()));
            case ASSIGNED -> new MessageKey("aftersales.change.assigned", event.body() == null ? "" : event.body());
            case RECEIPT -> new MessageKey("aftersales.change.received", recorded("warehouse", ""),
                    recorded("resellable", "0"), recorded("damaged", "0"), recorded("missing", "0"));
            default -> new MessageKey("aftersales.change.event", new MessageKey("aftersales.event." + event.kind()));
        };
    }

    /** One value of a receipt entry's body ("warehouse=WH-SH resellable=2 damaged=0 missing=1"). */
    private String recorded(String name, String otherwise) {
        for (String pair : (event.body() == null ? "" : event.body()).strip().split("\\s+")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return otherwise;
    }
}
