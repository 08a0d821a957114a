package io.storedesk.sync.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real Shopify payloads under src/test/resources/sync/shopify, and real-shaped variations of them. */
public final class ShopifyFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShopifyFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = ShopifyFixtures.class.getResourceAsStream("/sync/shopify/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** order.json's order (three lines, an address, a customer) with another id, number and updated_at. */
    public static ObjectNode order(long id, String updatedAt) {
        ObjectNode order = ((ObjectNode) tree("order.json").get("order")).deepCopy();
        order.put("id", id);
        order.put("name", "#" + (1000 + id % 100_000));
        order.put("updated_at", updatedAt);
        return order;
    }

    /** orders.json's first order (paid, partly refunded) with refund.json's refund in its refunds. */
    public static ObjectNode refundedOrder(long id, long refundId, String updatedAt) {
        ObjectNode order = ((ObjectNode) tree("orders.json").get("orders").get(0)).deepCopy();
        order.put("id", id);
        order.put("updated_at", updatedAt);
        ObjectNode refund = ((ObjectNode) tree("refund.json").get("refund")).deepCopy();
        refund.put("id", refundId);
        refund.put("order_id", id);
        order.putArray("refunds").add(refund);
        return order;
    }

    public static String ordersPage(List<? extends JsonNode> orders) {
        return envelope("orders", orders);
    }

    /** products.json's products from..to-1 (the list endpoint's envelope around the bare array). */
    public static String productsPage(int from, int to) {
        ArrayNode all = (ArrayNode) tree("products.json");
        ObjectNode page = JSON.createObjectNode();
        ArrayNode products = page.putArray("products");
        for (int i = from; i < to; i++) {
            products.add(all.get(i));
        }
        return page.toString();
    }

    /** inventory_levels.json's levels at one location. */
    public static List<JsonNode> inventoryLevelsAt(long locationId) {
        List<JsonNode> levels = new java.util.ArrayList<>();
        tree("inventory_levels.json").get("inventory_levels").forEach(l -> {
            if (l.get("location_id").asLong() == locationId) {
                levels.add(l);
            }
        });
        return levels;
    }

    public static String envelope(String key, List<? extends JsonNode> items) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode array = page.putArray(key);
        items.forEach(array::add);
        return page.toString();
    }

    /** The fulfilments order.json carries (one that failed, tracking 1Z2345), as orders/{id}/fulfillments.json. */
    public static String orderFulfillments() {
        ObjectNode page = JSON.createObjectNode();
        page.set("fulfillments", tree("order.json").get("order").get("fulfillments"));
        return page.toString();
    }
}
