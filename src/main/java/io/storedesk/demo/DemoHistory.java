package io.storedesk.demo;

import io.storedesk.demo.DemoCatalog.Sku;
import io.storedesk.demo.DemoReference.Channel;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Province;
import io.storedesk.orders.RefundKind;
import io.storedesk.orders.ShipmentStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The generated order history: customers, orders with lines and shipments, and refunds. */
final class DemoHistory {

    record Customer(String id, Channel channel, String name, String phone, Province province, String city,
                    String district, String address) {
    }

    /** sku null = a money-only line (coupon). */
    record Line(int lineNo, Sku sku, String skuCode, String title, LineKind kind, int quantity, BigDecimal unitPrice,
                BigDecimal amount, boolean presale) {
    }

    record Shipment(String warehouse, String carrier, ShipmentStatus status, String trackingNo, int weightGrams,
                    BigDecimal cost, LocalDateTime shippedAt, LocalDateTime deliveredAt, List<Integer> lineNos) {
    }

    /** customer null = guest. */
    record Order(String orderNo, Channel channel, Customer customer, String receiverName, String receiverPhone,
                 Province province, String city, String district, String address, LocalDateTime placedAt,
                 LocalDateTime paidAt, OrderStatus status, boolean presale, int promisedDays, BigDecimal goods,
                 BigDecimal shipping, BigDecimal discount, BigDecimal total, String buyerNote, String holdReason,
                 String promotion, List<Line> lines, List<Shipment> shipments) {

        Line line(int lineNo) {
            return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
        }

        List<Line> saleLines() {
            return lines.stream().filter(l -> l.kind() == LineKind.SALE).toList();
        }

        LocalDateTime deliveredAt() {
            return shipments.stream().map(Shipment::deliveredAt).filter(t -> t != null)
                    .max(LocalDateTime::compareTo).orElse(null);
        }

        String shippedFrom(int lineNo) {
            return shipments.stream().filter(s -> s.lineNos().contains(lineNo)).map(Shipment::warehouse)
                    .findFirst().orElse(null);
        }
    }

    record Refund(Order order, Integer lineNo, RefundKind kind, int quantity, BigDecimal amount, String reason,
                  LocalDateTime refundedAt, String refundId, String ticketCode) {
    }

    private final List<Customer> customers;
    private final List<Order> orders;
    private final List<Refund> refunds = new ArrayList<>();

    DemoHistory(List<Customer> customers, List<Order> orders) {
        this.customers = List.copyOf(customers);
        this.orders = List.copyOf(orders);
    }

    List<Customer> customers() {
        return customers;
    }

    List<Order> orders() {
        return orders;
    }

    List<Refund> refunds() {
        return refunds;
    }

    void addRefund(Refund refund) {
        refunds.add(refund);
    }
}
