package io.storedesk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.common.RefusedInputException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What channel.settings_json holds: the adapter's own settings (string values, e.g. Shopify's location id or
 * Odoo's database) and the product field policy under "fieldPolicy". Never a secret.
 */
public record ChannelSettings(Map<String, String> adapter, Map<String, FieldOwner> fieldPolicy) {

    public static final ChannelSettings NONE = new ChannelSettings(Map.of(), Map.of());
    private static final String FIELD_POLICY = "fieldPolicy";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ChannelSettings {
        adapter = Map.copyOf(adapter);
        fieldPolicy = Map.copyOf(fieldPolicy);
    }

    /** null or blank = no settings. Refused when the text is not the JSON this class writes. */
    public static ChannelSettings parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try {
            JsonNode root = JSON.readTree(json);
            Map<String, String> adapter = new LinkedHashMap<>();
            Map<String, FieldOwner> policy = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (FIELD_POLICY.equals(field.getKey())) {
                    field.getValue().fields().forEachRemaining(f -> policy.put(f.getKey().toLowerCase(Locale.ROOT),
                            owner(f.getValue().asText())));
                } else {
                    adapter.put(field.getKey(), field.getValue().asText());
                }
            }
            return new ChannelSettings(adapter, policy);
        } catch (JsonProcessingException e) {
            throw new RefusedInputException("sync.settings.badJson", e.getOriginalMessage());
        }
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        adapter.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> root.put(e.getKey(), e.getValue()));
        if (!fieldPolicy.isEmpty()) {
            ObjectNode policy = root.putObject(FIELD_POLICY);
            fieldPolicy.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> policy.put(e.getKey(), e.getValue().name()));
        }
        return root.toString();
    }

    public ChannelSettings withFieldOwner(String field, FieldOwner owner) {
        Map<String, FieldOwner> policy = new LinkedHashMap<>(fieldPolicy);
        policy.put(field.toLowerCase(Locale.ROOT), owner);
        return new ChannelSettings(adapter, policy);
    }

    private static FieldOwner owner(String text) {
        try {
            return FieldOwner.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedInputException("sync.settings.badOwner", text);
        }
    }
}
