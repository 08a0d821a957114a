package io.storedesk.sync.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What one vault entry holds: a key (login, consumer key; may be null) and the secret. toString masks both. */
public record StoredSecret(String key, String secret) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        node.put("secret", secret);
        return node.toString();
    }

    static StoredSecret fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new StoredSecret(node.path("key").isNull() ? null : node.path("key").asText(null),
                    node.path("secret").asText(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("vault entry is not JSON", e);
        }
    }

    @Override
    public String toString() {
        return "StoredSecret[key=" + Secrets.masked(key) + ", secret=" + Secrets.masked(secret) + "]";
    }
}
