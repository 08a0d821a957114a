package io.storedesk.sync.inbound;

import io.storedesk.aftersales.intake.ChannelRefundRequest;
import io.storedesk.aftersales.intake.IntakeResult;
import io.storedesk.aftersales.intake.TicketIntake;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Money;
import io.storedesk.common.UserFacingException;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import io.storedesk.sync.Channel;
import io.storedesk.sync.inbound.InboundRefundRepository.RefundOrder;
import io.storedesk.sync.remote.RemoteRefund;
import io.storedesk.sync.remote.RemoteRefundLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A channel's refunds: the channel wins, so each becomes refund rows on its order (one per refunded line, tied to
 * the order line by the channel's line id or else by SKU, and one for what no line accounts for), deduplicated by
 * (order, external id), and the after-sales desk gets a ticket for it. A refund whose order is not stored yet is
 * refused; the engine pulls orders before refunds, so the next run finds it.
 */
final class RefundUpserts {

    private static final int ID_MAX = 60; // row ids are "<refund id>/<n>" within external_id's 64

    private final InboundRefundRepository refunds;
    private final OrderRepository orders;
    private final TicketIntake intake;

    RefundUpserts(InboundRefundRepository refunds, OrderRepository orders, TicketIntake intake) {
        this.refunds = refunds;
        this.orders = orders;
        this.intake = intake;
    }

    void store(Channel channel, List<RemoteRefund> page, Instant at, PageTally tally) {
        String user = InboundUpserts.user(channel);
        Map<String, RemoteRefund> unique = new LinkedHashMap<>();
        for (RemoteRefund r : page) {
            String order = Objects.toString(r.orderExternalId(), "");
            if (r.externalId() == null || r.externalId().isBlank() || r.externalId().strip().length() > ID_MAX) {
                tally.refuse("sync.inbound.refund.badId", order);
            } else if (r.amount() == null || r.amount().signum() < 0
                    || r.lines().stream().anyMatch(l -> l.amount() == null || l.amount().signum() < 0)) {
                tally.refuse("sync.inbound.refund.badAmount", r.externalId(), order,
                        r.amount() == null ? "" : r.amount().toPlainString());
            } else if (unique.putIfAbsent(r.externalId().strip(), r) != null) {
                tally.unchanged++;
            }
        }
        Map<String, RefundOrder> byOrder = refunds.orders(channel.id(), unique.values().stream()
                .map(r -> Objects.toString(r.orderExternalId(), "").strip()).toList());
        Set<String> stored = refunds.existing(byOrder.values().stream().map(RefundOrder::id).toList());
        for (Map.Entry<String, RemoteRefund> e : unique.entrySet()) {
            String id = e.getKey();
            RemoteRefund r = e.getValue();
            RefundOrder order = byOrder.get(Objects.toString(r.orderExternalId(), "").strip());
            if (order == null) {
                tally.refuse("sync.inbound.refund.unknownOrder", id, Objects.toString(r.orderExternalId(), ""));
                continue;
            }
            if (stored.contains(order.id() + "/" + id) || stored.contains(order.id() + "/" + id + "/1")) {
                tally.unchanged++;
                continue;
            }
            RefundKind kind = kind(order, r);
            Long ticketId = openTicket(channel, id, order, r, kind, user, tally);
            orders.insertRefunds(rows(id, order, r, kind, ticketId, at, tally), user);
            tally.created++;
        }
    }

    /** Goods coming back from a shipped order are a return; before shipping it is a cancellation. */
    static RefundKind kind(RefundOrder order, RemoteRefund r) {
        if (!order.shipped()) {
            return RefundKind.CANCELLATION;
        }
        return r.restock() || !r.lines().isEmpty() ? RefundKind.RETURN : RefundKind.REFUND_ONLY;
    }

    private List<Refund> rows(String id, RefundOrder order, RemoteRefund r, RefundKind kind, Long ticketId, Instant at,
                              PageTally tally) {
        String currency = r.currency() == null || r.currency().isBlank() ? order.currency() : r.currency().strip();
        Instant refundedAt = r.createdAt() == null ? at : r.createdAt();
        String reason = OrderMapping.cut(r.reason(), 200);
        List<Refund> rows = new ArrayList<>();
        BigDecimal onLines = BigDecimal.ZERO;
        int n = 0;
        for (RemoteRefundLine l : r.lines()) {
            RefundOrder.Line line = line(id, order, l, tally);
            if (line == null) {
                continue;
            }
            onLines = onLines.add(l.amount());
            rows.add(new Refund(0, order.id(), line.id(), ticketId, id + "/" + ++n, kind, Math.max(0, l.quantity()),
                    new Money(l.amount(), currency), reason, refundedAt));
        }
        BigDecimal rest = r.amount().subtract(onLines);
        if (rows.isEmpty() || rest.signum() > 0) {
            rows.add(new Refund(0, order.id(), null, ticketId, id, kind, 0,
                    new Money(rest.max(BigDecimal.ZERO), currency), reason, refundedAt));
        }
        return rows;
    }

    /** The order line a refund line is on: by the channel's line id, else the first sale of the SKU. */
    private static RefundOrder.Line line(String id, RefundOrder order, RemoteRefundLine l, PageTally tally) {
        if (l.orderLineExternalId() != null) {
            for (RefundOrder.Line line : order.lines()) {
                if (l.orderLineExternalId().equals(line.externalLineId())) {
                    return line;
                }
            }
        }
        if (l.sku() != null) {
            for (RefundOrder.Line line : order.lines()) {
                if (line.kind() == LineKind.SALE && l.sku().strip().equals(line.skuCode())) {
                    tally.note("sync.inbound.refund.lineBySku", id, Objects.toString(l.orderLineExternalId(), ""),
                            line.skuCode());
                    return line;
                }
            }
        }
        tally.note("sync.inbound.refund.lineNotFound", id, order.externalId(),
                Objects.toString(l.orderLineExternalId(), Objects.toString(l.sku(), "")));
        return null;
    }

    /** Opens (or finds) the desk's ticket for the refund; null, with a problem, when the intake refuses it. */
    private Long openTicket(Channel channel, String id, RefundOrder order, RemoteRefund r, RefundKind kind, String user,
                            PageTally tally) {
        List<ChannelRefundRequest.Line> lines = new ArrayList<>();
        for (RemoteRefundLine l : r.lines()) {
            String sku = l.sku();
            if (sku == null && l.orderLineExternalId() != null) {
                sku = order.lines().stream().filter(o -> l.orderLineExternalId().equals(o.externalLineId()))
                        .map(RefundOrder.Line::skuCode).findFirst().orElse(null);
            }
            if (sku != null && l.quantity() > 0) {
                lines.add(new ChannelRefundRequest.Line(sku.strip(), l.quantity()));
            }
        }
        ChannelRefundRequest request = new ChannelRefundRequest(channel.code(), id, order.externalId(),
                kind == RefundKind.RETURN ? ChannelRefundRequest.Kind.RETURN_AND_REFUND
                        : ChannelRefundRequest.Kind.REFUND_ONLY, lines, null, r.createdAt());
        try {
            IntakeResult ticket = intake.fromChannelRefundRequest(request, user);
            return refunds.ticketId(ticket.ticketCode()).orElse(null);
        } catch (UserFacingException e) {
            tally.note("sync.inbound.refund.ticketRefused", id, new MessageKey(e.messageKey(), e.arguments()));
            return null;
        }
    }
}
