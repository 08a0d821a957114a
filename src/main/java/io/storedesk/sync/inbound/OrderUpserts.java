package io.storedesk.sync.inbound;

import io.storedesk.common.MessageKey;
import io.storedesk.orders.Address;
import io.storedesk.orders.OrderStatus;
import io.storedesk.stock.ReleaseReason;
import io.storedesk.stock.StockReservations;
import io.storedesk.sync.Channel;
import io.storedesk.sync.remote.RemoteOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A page of a channel's orders, upserted by (channel, external id). New orders are created with their lines and
 * buyer. A stored order takes the channel's newer version (an older or the same version changes nothing): the
 * channel wins on status (see {@link StatusRule}) and on every other field; its lines are replaced while the order
 * is not yet routed and nothing refers to them. Every field the channel overrode after a local change is logged.
 */
final class OrderUpserts {

    private static final Set<OrderStatus> NOT_ROUTED = Set.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID,
            OrderStatus.ON_HOLD, OrderStatus.CANCELLED);

    private final InboundOrderRepository orders;
    private final CustomerUpserts customers;
    private final StockReservations reservations;

    OrderUpserts(InboundOrderRepository orders, CustomerUpserts customers, StockReservations reservations) {
        this.orders = orders;
        this.customers = customers;
        this.reservations = reservations;
    }

    void store(Channel channel, List<RemoteOrder> page, Instant at, PageTally tally, ConflictLog conflicts) {
        String user = InboundUpserts.user(channel);
        Map<String, InboundOrder> newest = new LinkedHashMap<>();
        for (RemoteOrder remote : page) {
            Optional<InboundOrder> mapped = OrderMapping.map(remote, channel, tally);
            if (mapped.isEmpty()) {
                continue;
            }
            InboundOrder o = mapped.get();
            InboundOrder earlier = newest.get(o.externalId());
            if (earlier != null) {
                tally.unchanged++; // the same order twice on a page: the newer version counts
                if (older(o.remoteUpdatedAt(), earlier.remoteUpdatedAt())) {
                    continue;
                }
            }
            newest.put(o.externalId(), o);
        }
        Map<String, StoredOrder> stored = orders.orders(channel.id(), newest.keySet());
        List<InboundOrder> creates = new ArrayList<>();
        List<InboundOrder> updates = new ArrayList<>();
        for (InboundOrder o : newest.values()) {
            StoredOrder s = stored.get(o.externalId());
            if (s == null) {
                creates.add(o);
            } else if (o.remoteUpdatedAt() != null && s.remoteUpdatedAt() != null
                    && !o.remoteUpdatedAt().isAfter(s.remoteUpdatedAt())) {
                tally.unchanged++; // a version we have, or an older one arriving late
            } else {
                updates.add(o);
            }
        }
        List<InboundOrder> written = new ArrayList<>(creates);
        written.addAll(updates);
        Set<String> codes = new HashSet<>(Set.of(OrderMapping.SHIPPING_CODE, OrderMapping.DISCOUNT_CODE));
        written.forEach(o -> o.lines().forEach(l -> codes.add(l.skuCode())));
        Map<String, Long> skuIds = orders.skuIds(codes);
        Map<String, Long> customerIds = customers.upsert(channel, written, user, at);
        orders.insert(channel.id(), creates, customerIds, skuIds, user, at);
        tally.created += creates.size();
        for (InboundOrder o : creates) {
            if (o.status() == null) {
                tally.note("sync.inbound.order.unknownStatus", o.label(), raw(o, page), statusName(OrderStatus.PENDING_PAYMENT));
            }
        }
        conflicts.readPrevious(channel.id(), "ORDER", updates.stream().map(InboundOrder::externalId).toList());
        for (InboundOrder o : updates) {
            update(channel, stored.get(o.externalId()), o, customerIds, skuIds, user, at, tally, conflicts, page);
        }
    }

    private void update(Channel channel, StoredOrder s, InboundOrder o, Map<String, Long> customerIds,
                        Map<String, Long> skuIds, String user, Instant at, PageTally tally, ConflictLog conflicts,
                        List<RemoteOrder> page) {
        if (o.status() == null) {
            tally.note("sync.inbound.order.unknownStatus", o.label(), raw(o, page), statusName(s.status()));
        }
        boolean localEdit = !user.equals(s.updatedBy());
        List<Conflict> overridden = new ArrayList<>();
        StatusRule.Decision decision = StatusRule.decide(s.status(), s.remoteStatus(), o.status());
        if (decision.conflict() != null) {
            conflicts.add(conflict(o, "status", s.status().name(),
                    o.status() == null ? null : o.status().name(), decision.conflict()));
        }
        boolean linesChanged = !InboundOrder.sameLines(s.lines(), o.lines());
        boolean replaceLines = linesChanged && NOT_ROUTED.contains(s.status()) && !s.linesInUse();
        if (linesChanged && !replaceLines) {
            tally.note("sync.inbound.order.linesKept", o.label(), statusName(s.status()));
            conflicts.addUnlessStanding(conflict(o, "lines", InboundOrder.linesSummary(s.lines()),
                    InboundOrder.linesSummary(o.lines()), Conflict.Winner.LOCAL));
        }
        Long customerId = o.customerId() == null ? null : customerIds.get(o.customerId());
        compare(overridden, o, "customer", s.customerId(), customerId);
        compare(overridden, o, "placed_at", s.placedAt(), o.placedAt());
        compare(overridden, o, "paid_at", s.paidAt(), o.paidAt());
        compare(overridden, o, "buyer_note", s.buyerNote(), o.buyerNote());
        compareAddress(overridden, o, s.shipTo(), o.shipTo());
        if (replaceLines) {
            compare(overridden, o, "currency", s.currency(), o.currency());
            compare(overridden, o, "total_amount", s.total(), o.total());
            compare(overridden, o, "lines", InboundOrder.linesSummary(s.lines()), InboundOrder.linesSummary(o.lines()));
        }
        boolean statusChanged = decision.status() != s.status();
        boolean bookkeeping = !Objects.equals(s.remoteUpdatedAt(), o.remoteUpdatedAt())
                || !Objects.equals(s.remoteStatus(), o.remoteStatus() == null ? null : o.remoteStatus().name());
        if (overridden.isEmpty() && !statusChanged && !replaceLines && !bookkeeping) {
            tally.unchanged++;
            return;
        }
        orders.update(s.id(), o, decision.status(), customerId, replaceLines, user, at);
        if (replaceLines) {
            reservations.releaseOrder(s.id(), ReleaseReason.REROUTED, user);
            orders.replaceLines(s.id(), o.lines(), skuIds, at);
        }
        if (decision.status() == OrderStatus.CANCELLED && statusChanged) {
            reservations.releaseOrder(s.id(), ReleaseReason.CANCELLED, user);
            orders.cancelOpenShipments(s.id(), user, at);
        }
        if (localEdit) {
            overridden.forEach(conflicts::add);
        }
        if (overridden.isEmpty() && !statusChanged && !replaceLines) {
            tally.unchanged++; // only the channel's version stamp moved
        } else {
            tally.updated++;
        }
    }

    private static void compareAddress(List<Conflict> out, InboundOrder o, Address local, Address remote) {
        compare(out, o, "receiver_name", local.name(), remote.name());
        compare(out, o, "receiver_phone", local.phone(), remote.phone());
        compare(out, o, "country", local.country(), remote.country());
        compare(out, o, "province", local.province(), remote.province());
        compare(out, o, "city", local.city(), remote.city());
        compare(out, o, "district", local.district(), remote.district());
        compare(out, o, "address_line", local.line(), remote.line());
    }

    private static void compare(List<Conflict> out, InboundOrder o, String field, Object local, Object remote) {
        boolean same = local instanceof BigDecimal l && remote instanceof BigDecimal r ? l.compareTo(r) == 0
                : Objects.equals(local, remote);
        if (!same) {
            out.add(conflict(o, field, text(local), text(remote), Conflict.Winner.REMOTE));
        }
    }

    private static Conflict conflict(InboundOrder o, String field, String local, String remote, Conflict.Winner winner) {
        return new Conflict("ORDER", o.externalId(), field, local, remote, winner);
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static MessageKey statusName(OrderStatus status) {
        return new MessageKey("orders.status." + status.name());
    }

    private static boolean older(Instant candidate, Instant than) {
        return candidate != null && than != null && candidate.isBefore(than);
    }

    /** The channel's own word for an order whose status we do not know. */
    private static String raw(InboundOrder o, List<RemoteOrder> page) {
        return page.stream().filter(r -> o.externalId().equals(r.externalId() == null ? null : r.externalId().strip()))
                .map(RemoteOrder::channelStatus).filter(Objects::nonNull).reduce((a, b) -> b).orElse("");
    }
}
