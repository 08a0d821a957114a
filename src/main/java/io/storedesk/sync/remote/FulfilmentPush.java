package io.storedesk.sync.remote;

import java.util.List;

/** Tells a channel that (some lines of) an order left the warehouse with this carrier and tracking number. */
public record FulfilmentPush(String idempotencyKey, String orderExternalId, String carrier, String trackingNo,
                             List<Line> lines) implements PushMessage {

    public FulfilmentPush {
        lines = List.copyOf(lines);
    }

    /** orderLineExternalId null = the adapter matches by sku. */
    public record Line(String orderLineExternalId, String sku, int quantity) {
    }
}
