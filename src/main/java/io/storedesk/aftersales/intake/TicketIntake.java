package io.storedesk.aftersales.intake;

import io.storedesk.aftersales.TicketAssignment;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Opens tickets the three ways they come in — by hand, from an order's lines, from a channel's refund request —
 * each call one unit of work: bad input is refused with a message and nothing is stored.
 */
public final class TicketIntake {

    private static final int SUBJECT_MAX = 200;
    private static final int REASON_MAX = 32;
    private static final int REFERENCE_MAX = 64;

    private final IntakeRepository intake;
    private final TicketOpener opener;
    private final Transactions transactions;
    private final Access access;
    private final Clock clock;

    public TicketIntake(IntakeRepository intake, TicketRepository tickets, TicketAssignment assignment,
                        Transactions transactions, ShopSettings shop, Clock clock, Access access) {
        this.access = access;
        this.intake = intake;
        this.opener = new TicketOpener(tickets, intake, assignment, shop);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A ticket a person fills in; with an order, lines on that order's SKUs count against what was bought. */
    public IntakeResult create(NewTicket t, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return transactions.inTransaction(() -> {
            TicketType type = required(t.type());
            String subject = subject(t.subject());
            checkReason(t.reasonCode());
            needsLines(type, t.lines().isEmpty());
            OrderForTicket order = t.orderId() == null ? null : intake.order(t.orderId())
                    .orElseThrow(() -> new RefusedInputException("aftersales.intake.unknownOrder", t.orderId()));
            Long channelId = t.channelId() != null ? t.channelId() : order == null ? null : order.channelId();
            if (channelId != null && !intake.channelExists(channelId)) {
                throw new RefusedInputException("aftersales.intake.unknownChannel", channelId);
            }
            Long customerId = t.customerId() != null ? t.customerId() : order == null ? null : order.customerId();
            String tier = customerId == null ? null : intake.customerTier(customerId)
                    .orElseThrow(() -> new RefusedInputException("aftersales.intake.unknownCustomer", customerId))
                    .orElse(null);
            Set<Long> known = intake.existingSkus(t.lines().stream().map(NewTicket.Line::skuId).toList());
            List<TicketDraft.Line> lines = new ArrayList<>();
            Long warehouse = null;
            for (NewTicket.Line l : t.lines()) {
                if (!known.contains(l.skuId())) {
                    throw new RefusedInputException("aftersales.intake.unknownSku", l.skuId());
                }
                positive(l.quantity(), String.valueOf(l.skuId()));
                OrderForTicket.Line bought = order == null ? null : order.lines().stream()
                        .filter(o -> o.sale() && Long.valueOf(l.skuId()).equals(o.skuId())).findFirst().orElse(null);
                if (bought != null) {
                    withinClaimable(order, bought, l.quantity());
                    warehouse = warehouse != null ? warehouse : bought.shippedFrom();
                }
                lines.add(new TicketDraft.Line(bought == null ? null : bought.id(), l.skuId(), l.quantity()));
            }
            Instant now = clock.instant();
            return opener.open(new TicketDraft(type, priority(t.priority()), blankToNull(t.reasonCode()), subject,
                    channelId, null, customerId, tier, t.orderId(), receives(type) ? warehouse : null, lines, now),
                    user, now);
        });
    }

    /**
     * A ticket on chosen lines of an order (order line id → quantity): a line can be claimed up to what was bought
     * less what other return and exchange tickets already claim of it. Channel and buyer come from the order, and
     * a return or exchange goes to the queue of the warehouse that shipped its first line.
     */
    public IntakeResult fromOrder(long orderId, TicketType type, String reasonCode, String subject,
                                  Map<Long, Integer> quantities, TicketPriority priority, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return transactions.inTransaction(() -> {
            required(type);
            checkReason(reasonCode);
            OrderForTicket order = intake.order(orderId)
                    .orElseThrow(() -> new RefusedInputException("aftersales.intake.unknownOrder", orderId));
            Map<Long, Integer> chosen = quantities == null ? Map.of() : quantities;
            needsLines(type, chosen.isEmpty());
            // An order not yet shipped is cancelled or changed in the orders pane; nothing can come back yet.
            if (receives(type) && !order.shipped()) {
                throw new RefusedInputException("aftersales.intake.notShipped", order.externalId(),
                        new MessageKey("orders.status." + order.status()), new MessageKey("aftersales.type."
                        + type.name()));
            }
            Map<Integer, TicketDraft.Line> byLineNo = new TreeMap<>();
            Map<Integer, OrderForTicket.Line> boughtByLineNo = new TreeMap<>();
            chosen.forEach((orderLineId, quantity) -> {
                OrderForTicket.Line bought = order.line(orderLineId).filter(OrderForTicket.Line::sale)
                        .orElseThrow(() -> new RefusedInputException("aftersales.intake.notOrderLine", orderLineId,
                                order.externalId()));
                int q = quantity == null ? 0 : quantity;
                positive(q, bought.skuCode());
                withinClaimable(order, bought, q);
                byLineNo.put(bought.lineNo(), new TicketDraft.Line(bought.id(), bought.skuId(), q));
                boughtByLineNo.put(bought.lineNo(), bought);
            });
            String title = subject != null && !subject.isBlank() ? subject(subject)
                    : generated(boughtByLineNo.isEmpty() ? order.externalId() : order.externalId() + " · "
                            + boughtByLineNo.values().stream().map(l -> l.skuCode() + " ×" + chosen.get(l.id()))
                            .collect(Collectors.joining(", ")));
            Instant now = clock.instant();
            Long warehouse = receives(type) ? boughtByLineNo.values().stream().map(OrderForTicket.Line::shippedFrom)
                    .filter(w -> w != null).findFirst().orElse(null) : null;
            return opener.open(new TicketDraft(type, priority(priority), blankToNull(reasonCode), title,
                    order.channelId(), null, order.customerId(), order.customerTier(), order.id(), warehouse,
                    List.copyOf(byLineNo.values()), now), user, now);
        });
    }

    /**
     * A channel's refund request. The same (channel, reference) arriving again returns the ticket it opened and
     * changes nothing. The channel has already accepted the claim, so quantities are recorded as it says.
     */
    public IntakeResult fromChannelRefundRequest(ChannelRefundRequest r, String user) {
        return transactions.inTransaction(() -> {
            long channelId = intake.channelId(r.channelCode() == null ? "" : r.channelCode().strip())
                    .orElseThrow(() -> new RefusedInputException("aftersales.intake.unknownChannel", r.channelCode()));
            String reference = r.channelReference() == null ? "" : r.channelReference().strip();
            if (reference.isEmpty() || reference.length() > REFERENCE_MAX) {
                throw new RefusedInputException("aftersales.intake.referenceRequired", REFERENCE_MAX);
            }
            var existing = intake.byChannelReference(channelId, reference);
            if (existing.isPresent()) {
                return existing.get();
            }
            if (r.kind() == null) {
                throw new RefusedInputException("aftersales.intake.kindRequired", reference);
            }
            checkReason(r.reasonCode());
            TicketType type = r.kind() == ChannelRefundRequest.Kind.RETURN_AND_REFUND ? TicketType.RETURN
                    : TicketType.REFUND_ONLY;
            OrderForTicket order = r.orderExternalId() == null ? null
                    : intake.order(channelId, r.orderExternalId().strip()).orElse(null);
            Map<String, Long> skus = intake.skuIdsByCode(r.lines().stream().map(ChannelRefundRequest.Line::skuCode)
                    .filter(c -> c != null).toList());
            List<TicketDraft.Line> lines = new ArrayList<>();
            Long warehouse = null;
            for (ChannelRefundRequest.Line l : r.lines()) {
                positive(l.quantity(), l.skuCode());
                OrderForTicket.Line bought = order == null || l.skuCode() == null ? null
                        : order.lineForSku(l.skuCode()).orElse(null);
                warehouse = warehouse != null || bought == null ? warehouse : bought.shippedFrom();
                lines.add(new TicketDraft.Line(bought == null ? null : bought.id(),
                        bought != null ? bought.skuId() : skus.get(l.skuCode()), l.quantity()));
            }
            Instant now = clock.instant();
            Instant createdAt = r.requestedAt() == null || r.requestedAt().isAfter(now) ? now : r.requestedAt();
            String subject = r.channelCode().strip() + " " + reference
                    + (r.orderExternalId() == null ? "" : " · " + r.orderExternalId().strip());
            return opener.open(new TicketDraft(type, TicketPriority.NORMAL, blankToNull(r.reasonCode()),
                    generated(subject), channelId, reference, order == null ? null : order.customerId(),
                    order == null ? null : order.customerTier(), order == null ? null : order.id(),
                    type == TicketType.RETURN ? warehouse : null, lines, createdAt), user, now);
        });
    }

    private static TicketType required(TicketType type) {
        if (type == null) {
            throw new RefusedInputException("aftersales.intake.typeRequired");
        }
        return type;
    }

    private static String subject(String subject) {
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty()) {
            throw new RefusedInputException("aftersales.intake.subjectRequired");
        }
        if (s.length() > SUBJECT_MAX) {
            throw new RefusedInputException("aftersales.intake.subjectTooLong", SUBJECT_MAX);
        }
        return s;
    }

    /** A subject the intake writes itself (order and lines, channel and reference) is cut, never refused. */
    private static String generated(String subject) {
        return subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX - 1) + "…" : subject;
    }

    private static void checkReason(String reasonCode) {
        if (reasonCode != null && reasonCode.strip().length() > REASON_MAX) {
            throw new RefusedInputException("aftersales.intake.reasonTooLong", REASON_MAX);
        }
    }

    private static void needsLines(TicketType type, boolean noLines) {
        if (receives(type) && noLines) {
            throw new RefusedInputException("aftersales.intake.linesRequired",
                    new MessageKey("aftersales.type." + type.name()));
        }
    }

    private static void positive(int quantity, String what) {
        if (quantity <= 0) {
            throw new RefusedInputException("aftersales.intake.quantityNotPositive", what, quantity);
        }
    }

    private static void withinClaimable(OrderForTicket order, OrderForTicket.Line line, int quantity) {
        if (quantity > line.claimable()) {
            throw new RefusedInputException("aftersales.intake.quantityTooHigh", order.externalId(), line.lineNo(),
                    line.skuCode(), quantity, line.claimable(), line.quantity());
        }
    }

    /** Returns and exchanges bring goods back: they need lines and a warehouse to receive them. */
    private static boolean receives(TicketType type) {
        return type == TicketType.RETURN || type == TicketType.EXCHANGE;
    }

    private static TicketPriority priority(TicketPriority priority) {
        return priority == null ? TicketPriority.NORMAL : priority;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
