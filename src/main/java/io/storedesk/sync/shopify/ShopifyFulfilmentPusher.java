package io.storedesk.sync.shopify;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.shopify.ShopifyDtos.Fulfillment;
import io.storedesk.sync.shopify.ShopifyDtos.FulfillmentOrder;
import io.storedesk.sync.shopify.ShopifyDtos.FulfillmentOrderLine;
import io.storedesk.sync.shopify.ShopifyDtos.LineItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates a fulfilment (carrier, tracking number) from the order's open fulfilment orders. Creating one is not
 * idempotent, so before creating it looks for a fulfilment of the order with the same tracking number: a
 * message pushed again after a crash is recognised instead of shipping the order twice.
 */
final class ShopifyFulfilmentPusher {

    private static final Set<String> VOID = Set.of("cancelled", "error", "failure");
    private static final Set<String> FULFILLABLE = Set.of("open", "in_progress");

    private final ShopifyRestApi api;

    ShopifyFulfilmentPusher(ShopifyRestApi api) {
        this.api = api;
    }

    List<PushReceipt> push(List<FulfilmentPush> messages) {
        List<PushReceipt> receipts = new ArrayList<>(messages.size());
        for (FulfilmentPush m : messages) {
            try {
                receipts.add(push(m));
            } catch (RemoteFault f) {
                if (f.kind() != RemoteFault.Kind.REJECTED) {
                    throw f;
                }
                receipts.add(PushReceipt.refused(m.idempotencyKey(), ShopifyJson.errorText(f.remoteMessage())));
            }
        }
        return receipts;
    }

    private PushReceipt push(FulfilmentPush m) {
        String order = m.orderExternalId();
        Fulfillment existing = existing(order, m.trackingNo());
        if (existing != null) {
            return PushReceipt.accepted(m.idempotencyKey(), String.valueOf(existing.id()));
        }
        List<FulfillmentOrder> open = ShopifyJson.list(ShopifyJson.read(api.fulfillmentOrders(order),
                ShopifyDtos.FulfillmentOrders.class, "fulfillment_orders"), ShopifyDtos.FulfillmentOrders::fulfillmentOrders,
                "fulfillment_orders").stream().filter(fo -> FULFILLABLE.contains(fo.status())).toList();
        List<Map<String, Object>> byFulfilmentOrder = new ArrayList<>();
        if (m.lines().isEmpty()) {
            open.forEach(fo -> byFulfilmentOrder.add(Map.of("fulfillment_order_id", fo.id())));
        } else {
            String refusal = allocate(m, open, byFulfilmentOrder);
            if (refusal != null) {
                return PushReceipt.refused(m.idempotencyKey(), refusal);
            }
        }
        if (byFulfilmentOrder.isEmpty()) {
            // Nothing is left to ship: without a tracking number to match, that is the earlier push having worked.
            return blank(m.trackingNo()) ? PushReceipt.accepted(m.idempotencyKey(), null)
                    : PushReceipt.refused(m.idempotencyKey(), "Shopify order " + order + " has nothing left to fulfil");
        }
        Map<String, Object> tracking = new LinkedHashMap<>();
        tracking.put("number", m.trackingNo());
        tracking.put("company", m.carrier());
        Map<String, Object> fulfillment = new LinkedHashMap<>();
        fulfillment.put("line_items_by_fulfillment_order", byFulfilmentOrder);
        fulfillment.put("tracking_info", tracking);
        fulfillment.put("notify_customer", false);
        Fulfillment created = ShopifyJson.read(api.createFulfillment(ShopifyJson.write(Map.of("fulfillment", fulfillment))),
                ShopifyDtos.FulfillmentEnvelope.class, "fulfillment").fulfillment();
        if (created == null || created.id() == null) {
            throw ShopifyJson.badResponse("Shopify did not say which fulfilment it created for order " + order, null);
        }
        return PushReceipt.accepted(m.idempotencyKey(), created.id().toString());
    }

    private Fulfillment existing(String order, String trackingNo) {
        if (blank(trackingNo)) {
            return null;
        }
        List<Fulfillment> fulfillments = ShopifyJson.list(ShopifyJson.read(api.fulfillments(order),
                ShopifyDtos.Fulfillments.class, "fulfillments"), ShopifyDtos.Fulfillments::fulfillments, "fulfillments");
        return fulfillments.stream().filter(f -> !VOID.contains(f.status()))
                .filter(f -> trackingNo.equals(f.trackingNumber())
                        || (f.trackingNumbers() != null && f.trackingNumbers().contains(trackingNo)))
                .findFirst().orElse(null);
    }

    /** Spreads each line's quantity over the fulfilment-order lines of that order line; null = all placed. */
    private String allocate(FulfilmentPush m, List<FulfillmentOrder> open, List<Map<String, Object>> out) {
        Map<Long, List<Map<String, Object>>> linesByFulfilmentOrder = new LinkedHashMap<>();
        Map<Long, Integer> left = new LinkedHashMap<>();
        open.forEach(fo -> lines(fo).forEach(l -> left.put(l.id(), l.fulfillableQuantity() == null ? 0
                : l.fulfillableQuantity())));
        List<LineItem> orderLines = null;
        for (FulfilmentPush.Line line : m.lines()) {
            String lineId = line.orderLineExternalId();
            if (lineId == null) {
                if (orderLines == null) {
                    orderLines = ShopifyJson.read(api.orderLineItems(m.orderExternalId()), ShopifyDtos.OrderEnvelope.class,
                            "order").order().lineItems();
                }
                lineId = orderLines.stream().filter(l -> line.sku() != null && line.sku().equals(l.sku()))
                        .map(l -> String.valueOf(l.id())).findFirst().orElse(null);
                if (lineId == null) {
                    return "Shopify order " + m.orderExternalId() + " has no line with SKU " + line.sku();
                }
            }
            int wanted = line.quantity();
            for (FulfillmentOrder fo : open) {
                for (FulfillmentOrderLine l : lines(fo)) {
                    int take = Math.min(wanted, left.get(l.id()));
                    if (take > 0 && lineId.equals(String.valueOf(l.lineItemId()))) {
                        linesByFulfilmentOrder.computeIfAbsent(fo.id(), k -> new ArrayList<>())
                                .add(Map.of("id", l.id(), "quantity", take));
                        left.put(l.id(), left.get(l.id()) - take);
                        wanted -= take;
                    }
                }
            }
            if (wanted > 0) {
                return "Shopify order " + m.orderExternalId() + " line " + lineId + " has " + (line.quantity() - wanted)
                        + " of " + line.quantity() + " left to fulfil";
            }
        }
        linesByFulfilmentOrder.forEach((fo, lines) -> out.add(Map.of("fulfillment_order_id", fo,
                "fulfillment_order_line_items", lines)));
        return null;
    }

    private static List<FulfillmentOrderLine> lines(FulfillmentOrder fo) {
        return fo.lineItems() == null ? List.of() : fo.lineItems();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
