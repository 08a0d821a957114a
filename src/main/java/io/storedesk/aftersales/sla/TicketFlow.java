package io.storedesk.aftersales.sla;

import static io.storedesk.aftersales.TicketStatus.CANCELLED;
import static io.storedesk.aftersales.TicketStatus.CLOSED;
import static io.storedesk.aftersales.TicketStatus.DONE;
import static io.storedesk.aftersales.TicketStatus.PENDING_REVIEW;
import static io.storedesk.aftersales.TicketStatus.PROCESSING;
import static io.storedesk.aftersales.TicketStatus.REJECTED;
import static io.storedesk.aftersales.TicketStatus.WAITING_CUSTOMER;

import io.storedesk.aftersales.TicketStatus;
import io.storedesk.common.MessageKey;
import io.storedesk.common.UserFacingException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The ticket status flow as one table: pending review, then processing (with waits on the customer), then
 * done, closed, rejected or cancelled; a done ticket may be reopened, the other end states are final.
 */
public final class TicketFlow {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        NEXT.put(PENDING_REVIEW, EnumSet.of(PROCESSING, REJECTED, CANCELLED));
        NEXT.put(PROCESSING, EnumSet.of(WAITING_CUSTOMER, DONE, CLOSED, REJECTED, CANCELLED));
        // A waiting ticket goes back to processing before anything else, so its pause always ends in one place.
        NEXT.put(WAITING_CUSTOMER, EnumSet.of(PROCESSING));
        // DONE -> CLOSED once the customer has had the outcome; DONE -> PROCESSING is a reopen.
        NEXT.put(DONE, EnumSet.of(PROCESSING, CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(REJECTED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(CANCELLED, EnumSet.noneOf(TicketStatus.class));
    }

    private TicketFlow() {
    }

    public static boolean allowed(TicketStatus from, TicketStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The statuses a ticket in the given status may move to; empty for a final status. */
    public static Set<TicketStatus> next(TicketStatus from) {
        return Collections.unmodifiableSet(NEXT.get(from));
    }

    /** The transition with its effect on the SLA clocks, or a refusal with sla.flow.notAllowed ({0} → {1}). */
    public static Transition check(TicketStatus from, TicketStatus to) {
        if (!allowed(from, to)) {
            throw new UserFacingException("sla.flow.notAllowed", new MessageKey("aftersales.status." + from.name()),
                    new MessageKey("aftersales.status." + to.name()));
        }
        return new Transition(from, to);
    }

    /** One allowed move and what it does to the clocks and the reopen count. */
    public record Transition(TicketStatus from, TicketStatus to) {

        public boolean pausesClock() {
            return to == WAITING_CUSTOMER;
        }

        public boolean resumesClock() {
            return from == WAITING_CUSTOMER;
        }

        public boolean countsReopen() {
            return from == DONE && to == PROCESSING;
        }
    }
}
