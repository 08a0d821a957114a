package io.storedesk.demo;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.demo.DemoHistory.Line;
import io.storedesk.demo.DemoHistory.Order;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A generated after-sales ticket. line null = about the whole order; refund null = no money back. */
record DemoTicket(String code, TicketType type, TicketStatus status, TicketPriority priority, String reason,
                  Order order, String channelReference, Line line, int quantity, String assignee, String warehouse,
                  LocalDateTime createdAt, TicketTimeline timeline, BigDecimal refund) {

    String subject() {
        String what = line == null ? "订单" + order.orderNo() : line.sku().product().title();
        return switch (type) {
            case RETURN -> "退货：" + what;
            case EXCHANGE -> "换货：" + what;
            case REFUND_ONLY -> "仅退款：" + what;
            case COMPLAINT -> "投诉：" + what;
            case INQUIRY -> "咨询：" + what;
        };
    }
}
