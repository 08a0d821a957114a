package io.storedesk.aftersales.intake;

import java.util.List;
import java.util.Optional;

/** What a ticket takes from an order: its channel, buyer and the lines a claim can be made on. */
public record OrderForTicket(long id, String externalId, long channelId, Long customerId, String customerTier,
                             String status, List<Line> lines) {

    /** Goods can only come back once they have left: a shipped or delivered order. */
    public boolean shipped() {
        return "SHIPPED".equals(status) || "DELIVERED".equals(status);
    }

    public OrderForTicket {
        lines = List.copyOf(lines);
    }

    public Optional<Line> line(long orderLineId) {
        return lines.stream().filter(l -> l.id() == orderLineId).findFirst();
    }

    public Optional<Line> lineForSku(String skuCode) {
        return lines.stream().filter(l -> l.sale() && l.skuCode().equals(skuCode)).findFirst();
    }

    /**
     * One order line. claimed = what open or finished return/exchange tickets already claim of it; shippedFrom =
     * the warehouse that shipped it (its shipment's, else the one routing chose), or null.
     */
    public record Line(long id, int lineNo, Long skuId, String skuCode, boolean sale, int quantity, int claimed,
                       Long shippedFrom) {

        public int claimable() {
            return Math.max(0, quantity - claimed);
        }
    }
}
