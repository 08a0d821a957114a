package io.storedesk.sync.woocommerce;

import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets stock levels through WooCommerce's batch endpoints (at most 100 objects a call): products through
 * POST /products/batch, variations through POST /products/{parent}/variations/batch. An object WooCommerce
 * refuses comes back in the batch answer with its error; its message becomes that push's refusal.
 */
final class StockPusher {

    static final int MAX_BATCH = 100;

    private final WooApi api;

    StockPusher(WooApi api) {
        this.api = api;
    }

    /** What a level is set on: a product (parentId null) or a variation of parentId. */
    private record Target(Long parentId, long id) {

        String batchPath() {
            return parentId == null ? "/products/batch" : "/products/" + parentId + "/variations/batch";
        }
    }

    List<PushReceipt> push(List<StockLevelPush> messages) {
        Map<String, PushReceipt> receipts = new HashMap<>();
        Map<String, Map<Long, List<StockLevelPush>>> batches = new LinkedHashMap<>();
        Map<String, SkuLookup.Found> lookedUp = new HashMap<>();
        for (StockLevelPush message : messages) {
            Target target = target(message, lookedUp);
            if (target == null) {
                receipts.put(message.idempotencyKey(), PushReceipt.refused(message.idempotencyKey(),
                        "No product or variation with SKU " + message.sku() + " in WooCommerce"));
                continue;
            }
            batches.computeIfAbsent(target.batchPath(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(target.id(), id -> new ArrayList<>()).add(message);
        }
        for (Map.Entry<String, Map<Long, List<StockLevelPush>>> batch : batches.entrySet()) {
            receipts.putAll(send(batch.getKey(), batch.getValue()));
        }
        return messages.stream().map(m -> receipts.get(m.idempotencyKey())).toList();
    }

    /**
     * One batch call. Two levels for the same object in one call (two changes waiting in the outbox) send only
     * the later one: levels are absolute, so the later supersedes, and both messages get its answer.
     */
    private Map<String, PushReceipt> send(String path, Map<Long, List<StockLevelPush>> byObject) {
        List<Map<String, Object>> update = new ArrayList<>();
        StringBuilder keys = new StringBuilder(path);
        byObject.forEach((id, pushes) -> {
            StockLevelPush latest = pushes.get(pushes.size() - 1);
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("id", id);
            object.put("manage_stock", true);
            object.put("stock_quantity", latest.quantity());
            update.add(object);
            pushes.forEach(p -> keys.append('|').append(p.idempotencyKey()));
        });
        BatchJson answer = api.post(path, Map.of("update", update), "stock-" + sha256(keys.toString()), BatchJson.class,
                "the answer of " + path);
        Map<Long, BatchJson.Entry> entries = new HashMap<>();
        answer.update().forEach(e -> entries.put(e.id(), e));
        Map<String, PushReceipt> receipts = new HashMap<>();
        byObject.forEach((id, pushes) -> {
            BatchJson.Entry entry = entries.get(id);
            for (StockLevelPush push : pushes) {
                String key = push.idempotencyKey();
                if (entry == null) {
                    receipts.put(key, PushReceipt.refused(key, "WooCommerce's batch answer says nothing of item " + id));
                } else if (entry.error() != null) {
                    receipts.put(key, PushReceipt.refused(key, entry.error().message() == null
                            ? entry.error().code() : entry.error().message()));
                } else {
                    receipts.put(key, PushReceipt.accepted(key, String.valueOf(id)));
                }
            }
        });
        return receipts;
    }

    /**
     * The ids from earlier pulls: a variation when its id differs from its product's (a simple product's only
     * variant has the product's own id). Without them the SKU is looked up, once per SKU and call.
     */
    private Target target(StockLevelPush message, Map<String, SkuLookup.Found> lookedUp) {
        if (message.externalProductId() != null && !message.externalProductId().isBlank()) {
            long productId = Long.parseLong(message.externalProductId());
            String variant = message.externalVariantId();
            if (variant != null && !variant.isBlank() && !variant.equals(message.externalProductId())) {
                return new Target(productId, Long.parseLong(variant));
            }
            return new Target(null, productId);
        }
        if (message.sku() == null || message.sku().isBlank()) {
            return null;
        }
        if (!lookedUp.containsKey(message.sku())) {
            lookedUp.put(message.sku(), SkuLookup.find(api, message.sku()));
        }
        SkuLookup.Found found = lookedUp.get(message.sku());
        if (found == null) {
            return null;
        }
        return found.parentId() == 0 ? new Target(null, found.id()) : new Target(found.parentId(), found.id());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
