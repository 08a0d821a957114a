package io.storedesk.orders.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.OrderParcel;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.RouteNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** An order's stored explanation and address as sentences in one language; the detail panel shows them. */
final class OrderTexts {

    private OrderTexts() {
    }

    /** A heading (null for the order's own) and its sentences. */
    record Paragraph(String heading, List<String> sentences) {
    }

    /**
     * Why the order is routed or held as it is, then each parcel's own explanation where it says something else
     * (a parcel of an earlier route, since cancelled). An order without a stored note gets a sentence saying so.
     */
    static List<Paragraph> explanation(Messages messages, OrderDetail detail) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<MessageKey> own = detail.explanation().isEmpty() ? List.of(fallback(detail.order()))
                : detail.explanation();
        List<String> said = RouteNotes.render(messages, own);
        paragraphs.add(new Paragraph(null, said));
        int number = 0;
        for (OrderParcel parcel : detail.parcels()) {
            number++;
            List<String> why = RouteNotes.render(messages, parcel.explanation());
            if (!why.isEmpty() && !why.equals(said)) {
                String heading = messages.get("orders.detail.parcelWhy", number, parcel.warehouseCode(),
                        parcel.carrierName() == null ? "" : parcel.carrierName(),
                        new MessageKey("orders.detail.parcelStatus." + parcel.shipment().status().name()));
                paragraphs.add(new Paragraph(heading, why));
            }
        }
        return paragraphs;
    }

    private static MessageKey fallback(Order order) {
        if (order.status() == OrderStatus.ON_HOLD && order.holdReason() != null) {
            return new MessageKey("orders.detail.heldFor", new MessageKey("orders.hold." + order.holdReason()));
        }
        if (order.status() == OrderStatus.PAID) {
            return new MessageKey("orders.detail.notRoutedYet");
        }
        return new MessageKey("orders.detail.noExplanation");
    }

    /** Receiver and phone, then the address from province down, as one line each. */
    static String address(Order order) {
        if (order.shipTo() == null) {
            return "";
        }
        var a = order.shipTo();
        String who = join(" ", a.name(), a.phone());
        String where = join(" ", a.province(), Objects.equals(a.city(), a.province()) ? null : a.city(),
                a.district(), a.line());
        return who.isEmpty() ? where : who + "\n" + where;
    }

    private static String join(String separator, String... parts) {
        return String.join(separator, Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
