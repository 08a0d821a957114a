package io.storedesk.sync.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Which side wins each product field for one channel, from its settings_json {"fieldPolicy": {"title": "REMOTE",
 * "price": "LOCAL", ...}}. Every field not named (or named with another word) stays LOCAL: StoreDesk's catalog is
 * the master unless the merchant says otherwise. (The sync engine has its own reader of the settings; the lead
 * unifies the two.)
 */
final class FieldPolicy {

    static final FieldPolicy ALL_LOCAL = new FieldPolicy(null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode policy;

    private FieldPolicy(JsonNode policy) {
        this.policy = policy;
    }

    /** The policy in the channel's settings; all LOCAL for none or unreadable settings. */
    static FieldPolicy fromSettings(String settingsJson) {
        if (settingsJson == null || settingsJson.isBlank()) {
            return ALL_LOCAL;
        }
        try {
            JsonNode node = JSON.readTree(settingsJson).path("fieldPolicy");
            return node.isObject() ? new FieldPolicy(node) : ALL_LOCAL;
        } catch (JsonProcessingException e) {
            return ALL_LOCAL;
        }
    }

    /** The side whose value stands for the field (title, price, barcode, weight). */
    Conflict.Winner winner(String field) {
        if (policy == null) {
            return Conflict.Winner.LOCAL;
        }
        String side = policy.path(field).asText("").strip().toUpperCase(Locale.ROOT);
        return side.equals("REMOTE") ? Conflict.Winner.REMOTE : Conflict.Winner.LOCAL;
    }
}
