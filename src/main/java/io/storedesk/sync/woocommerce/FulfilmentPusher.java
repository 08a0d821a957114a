package io.storedesk.sync.woocommerce;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushReceipt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells WooCommerce an order has shipped. Core WooCommerce has no tracking field, so the carrier and tracking
 * number go into an order note the buyer sees, and the order becomes "completed". Pushing twice adds no second
 * note (the notes are read first) and completes nothing twice.
 */
final class FulfilmentPusher {

    static final int MAX_BATCH = 20;

    /** Statuses an order cannot be shipped from: completing it would bring a cancelled or refunded order back. */
    private static final Set<String> CLOSED = Set.of("cancelled", "refunded", "failed", "trash");

    private final WooApi api;

    FulfilmentPusher(WooApi api) {
        this.api = api;
    }

    List<PushReceipt> push(List<FulfilmentPush> messages) {
        List<PushReceipt> receipts = new ArrayList<>();
        for (FulfilmentPush message : messages) {
            receipts.add(push(message));
        }
        return receipts;
    }

    /** A refusal that concerns this order (unknown order, a 4xx) is its receipt; anything wider is thrown. */
    private PushReceipt push(FulfilmentPush message) {
        String key = message.idempotencyKey();
        String orderPath = "/orders/" + message.orderExternalId();
        try {
            OrderJson order = api.get(orderPath, Map.of(), OrderJson.class, "order " + message.orderExternalId());
            if (order.status() != null && CLOSED.contains(order.status())) {
                return PushReceipt.refused(key, "Order " + order.number() + " is " + order.status() + " in WooCommerce");
            }
            List<NoteJson> notes = api.getList(orderPath + "/notes", Map.of(), NoteJson.class,
                    "notes of order " + message.orderExternalId());
            boolean noted = notes.stream().anyMatch(n -> n.note() != null && n.note().contains(message.trackingNo()));
            if (!noted) {
                Map<String, Object> note = new LinkedHashMap<>();
                note.put("note", noteText(message));
                note.put("customer_note", true);
                api.post(orderPath + "/notes", note, key + "-note", NoteJson.class,
                        "the new note of order " + message.orderExternalId());
            }
            if (!"completed".equals(order.status())) {
                api.put(orderPath, Map.of("status", "completed"), key + "-status", OrderJson.class,
                        "order " + message.orderExternalId() + " after completing it");
            }
            return PushReceipt.accepted(key, String.valueOf(order.id()));
        } catch (RemoteFault fault) {
            if (fault.kind() == RemoteFault.Kind.REJECTED) {
                return PushReceipt.refused(key, fault.remoteMessage());
            }
            throw fault;
        }
    }

    static String noteText(FulfilmentPush message) {
        return "Shipped with " + message.carrier() + ", tracking number " + message.trackingNo() + ".";
    }
}
