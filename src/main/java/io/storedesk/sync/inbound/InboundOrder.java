package io.storedesk.sync.inbound;

import io.storedesk.orders.Address;
import io.storedesk.orders.OrderStatus;
import io.storedesk.sync.remote.RemoteCustomer;
import io.storedesk.sync.remote.RemoteOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A channel's order in our terms, ready to be stored or compared with what the store holds. status null = the
 * channel's word is unknown (the stored status stands). Amounts: goods = Σ quantity × unit price, discount = line
 * discounts + order discount (positive), total = what the lines add up to.
 */
record InboundOrder(String externalId, String label, OrderStatus status, RemoteOrderStatus remoteStatus,
                    Instant placedAt, Instant paidAt, Instant remoteUpdatedAt, String currency, BigDecimal goods,
                    BigDecimal shipping, BigDecimal discount, BigDecimal total, String buyerNote, Address shipTo,
                    RemoteCustomer customer, List<InboundLine> lines) {

    InboundOrder {
        lines = List.copyOf(lines);
    }

    String customerId() {
        return customer == null || customer.externalId() == null || customer.externalId().isBlank() ? null
                : customer.externalId().strip();
    }

    static String linesSummary(List<InboundLine> lines) {
        return lines.stream().map(InboundLine::summary).collect(Collectors.joining(", "));
    }

    static boolean sameLines(List<InboundLine> a, List<InboundLine> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
