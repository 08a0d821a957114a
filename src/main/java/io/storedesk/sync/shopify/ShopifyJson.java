package io.storedesk.sync.shopify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.storedesk.sync.RemoteFault;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Reads Shopify's JSON into the package's DTOs and writes request bodies. Unknown fields are ignored; JSON
 * that is cut short or malformed becomes a BAD_RESPONSE fault naming what was being read.
 */
final class ShopifyJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ShopifyJson() {
    }

    static <T> T read(String json, Class<T> type, String what) {
        if (json == null || json.isBlank()) {
            throw badResponse("Shopify sent an empty answer for " + what, null);
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw badResponse("Shopify sent null for " + what, null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw badResponse("Shopify's answer for " + what + " is cut short or is not valid JSON ("
                    + firstLine(e.getOriginalMessage()) + "); nothing from it was used", e);
        }
    }

    /** The list under an envelope's key; a missing list (not an empty one) means the answer is not Shopify's. */
    static <E, T> List<T> list(E envelope, Function<E, List<T>> key, String what) {
        List<T> list = key.apply(envelope);
        if (list == null) {
            throw badResponse("Shopify's answer for " + what + " has no " + what + " list", null);
        }
        return list;
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
    }

    static Instant instant(String timestamp, String what) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
            throw badResponse("Shopify sent a time that cannot be read for " + what + ": " + timestamp, e);
        }
    }

    /** The latest of the timestamps, as Shopify wrote it (so it goes back as updated_at_min unchanged). */
    static String newest(Collection<String> timestamps) {
        String newest = null;
        Instant newestAt = null;
        for (String timestamp : timestamps) {
            Instant at = instant(timestamp, "updated_at");
            if (at != null && (newestAt == null || at.isAfter(newestAt))) {
                newest = timestamp;
                newestAt = at;
            }
        }
        return newest;
    }

    static String id(Long id, String what) {
        if (id == null) {
            throw badResponse("Shopify sent " + what + " without an id", null);
        }
        return id.toString();
    }

    /**
     * Shopify's words from a refusal: "errors" may be a string, a list, or a map of field to messages
     * ({"errors":{"available":["must be a number"]}}). Text that is not such JSON comes back as it is.
     */
    static String errorText(String remoteMessage) {
        if (remoteMessage == null || !remoteMessage.stripLeading().startsWith("{")) {
            return remoteMessage;
        }
        try {
            JsonNode errors = MAPPER.readTree(remoteMessage).path("errors");
            if (errors.isMissingNode() || errors.isNull()) {
                return remoteMessage;
            }
            return flatten(errors);
        } catch (JsonProcessingException e) {
            return remoteMessage;
        }
    }

    private static String flatten(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> parts.add(flatten(n)));
            return String.join(", ", parts);
        }
        node.fields().forEachRemaining(e -> parts.add(e.getKey() + ": " + flatten(e.getValue())));
        return parts.isEmpty() ? node.toString() : String.join("; ", parts);
    }

    /** Shopify's ids are numbers in JSON; an id that is not one is sent as text rather than failing here. */
    static Object idValue(String id) {
        return id.chars().allMatch(Character::isDigit) && !id.isEmpty() && id.length() < 19 ? Long.parseLong(id) : id;
    }

    static RemoteFault badResponse(String message, Throwable cause) {
        return new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 0, message, cause);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
