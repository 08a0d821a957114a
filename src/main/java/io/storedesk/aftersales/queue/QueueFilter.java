package io.storedesk.aftersales.queue;

import io.storedesk.aftersales.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which queued tickets a person looks at: one person's (assignee), only overdue ones, only those due within a
 * time, one type, text in the code, subject, order, customer or assignee, only returns whose goods a warehouse
 * still has to receive, one warehouse's. Null or blank = any. Matches come
 * sorted by time to breach, the soonest (the most overdue) first; tickets without a running clock last.
 */
public record QueueFilter(String assignee, boolean overdueOnly, Duration dueWithin, TicketType type, String text,
                          boolean toReceive, Long warehouseId) {

    /** Most urgent first: earliest due, then higher priority, then the older ticket. */
    public static final Comparator<QueueTicket> BY_TIME_TO_BREACH = Comparator
            .comparing(QueueTicket::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(QueueTicket::priority, Comparator.reverseOrder())
            .thenComparing(QueueTicket::createdAt)
            .thenComparing(QueueTicket::code);

    public static QueueFilter all() {
        return new QueueFilter(null, false, null, null, null, false, null);
    }

    public QueueFilter mine(String user) {
        return new QueueFilter(user, overdueOnly, dueWithin, type, text, toReceive, warehouseId);
    }

    public QueueFilter overdue(boolean only) {
        return new QueueFilter(assignee, only, dueWithin, type, text, toReceive, warehouseId);
    }

    public QueueFilter within(Duration duration) {
        return new QueueFilter(assignee, overdueOnly, duration, type, text, toReceive, warehouseId);
    }

    public QueueFilter ofType(TicketType ticketType) {
        return new QueueFilter(assignee, overdueOnly, dueWithin, ticketType, text, toReceive, warehouseId);
    }

    public QueueFilter matching(String words) {
        return new QueueFilter(assignee, overdueOnly, dueWithin, type, words, toReceive, warehouseId);
    }

    /** Only returns and exchanges whose goods are still to be received (a warehouse's work). */
    public QueueFilter receiving(boolean only) {
        return new QueueFilter(assignee, overdueOnly, dueWithin, type, text, only, warehouseId);
    }

    public QueueFilter atWarehouse(Long warehouse) {
        return new QueueFilter(assignee, overdueOnly, dueWithin, type, text, toReceive, warehouse);
    }

    /** The matching tickets at now, most urgent first. */
    public List<QueueTicket> apply(List<QueueTicket> tickets, Instant now) {
        return tickets.stream().filter(predicate(now)).sorted(BY_TIME_TO_BREACH).toList();
    }

    /** The matching tickets at now, in the order given. */
    public List<QueueTicket> keep(List<QueueTicket> tickets, Instant now) {
        return tickets.stream().filter(predicate(now)).toList();
    }

    private Predicate<QueueTicket> predicate(Instant now) {
        Predicate<QueueTicket> p = t -> true;
        if (assignee != null && !assignee.isBlank()) {
            p = p.and(t -> assignee.equals(t.assignee()));
        }
        if (overdueOnly) {
            p = p.and(QueueTicket::overdue);
        }
        if (dueWithin != null) {
            Instant limit = now.plus(dueWithin);
            p = p.and(t -> t.due() != null && !t.due().isAfter(limit));
        }
        if (toReceive) {
            p = p.and(QueueTicket::awaitingGoods);
        }
        if (warehouseId != null) {
            p = p.and(t -> warehouseId.equals(t.warehouseId()));
        }
        if (type != null) {
            p = p.and(t -> t.type() == type);
        }
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            p = p.and(t -> contains(t.code(), needle) || contains(t.subject(), needle) || contains(t.orderNo(), needle)
                    || contains(t.customerName(), needle) || contains(t.assigneeName(), needle)
                    || contains(t.assignee(), needle));
        }
        return p;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
