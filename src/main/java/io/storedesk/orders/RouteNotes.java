package io.storedesk.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.orders.review.AddressProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Why an order is held or routed as it is, stored as message keys with arguments (JSON) so that every desk reads
 * it in its own language: [{"key":"routing.reason.onlySiteWithAll","args":["广州仓"]}, …]. An argument may be a
 * nested message ({"key":…,"args":…}) or a list of them, which renders joined with review.list.more.
 */
public final class RouteNotes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RouteNotes() {
    }

    /** The notes as JSON within maxChars: trailing notes are left out rather than cutting one in half. */
    public static String encode(List<MessageKey> notes, int maxChars) {
        List<MessageKey> kept = new ArrayList<>(notes);
        while (true) {
            ArrayNode array = JSON.createArrayNode();
            kept.forEach(note -> array.add(node(note)));
            String text = array.toString();
            if (text.length() <= maxChars || kept.isEmpty()) {
                return kept.isEmpty() ? null : text;
            }
            kept.remove(kept.size() - 1);
        }
    }

    /** The notes a stored text holds; none for null, blank or unreadable text (an old or hand-edited row). */
    public static List<MessageKey> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            JsonNode array = JSON.readTree(text);
            List<MessageKey> notes = new ArrayList<>();
            array.forEach(node -> {
                if (node.hasNonNull("key")) {
                    notes.add(key(node));
                }
            });
            return notes;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** An explanation step of the router as a note. */
    public static MessageKey note(io.storedesk.orders.routing.Reason reason) {
        return new MessageKey(reason.key(), reason.args().toArray());
    }

    /** Each note as a sentence in the messages' language. */
    public static List<String> render(Messages messages, List<MessageKey> notes) {
        return notes.stream().map(note -> messages.get(note.key(), resolve(messages, note.arguments()))).toList();
    }

    private static Object[] resolve(Messages messages, Object[] args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = resolve(messages, args[i]);
        }
        return resolved;
    }

    private static Object resolve(Messages messages, Object arg) {
        if (arg instanceof MessageKey key) {
            return messages.get(key.key(), resolve(messages, key.arguments()));
        }
        if (arg instanceof AddressProblem problem) {
            return messages.get(problem.messageKey());
        }
        if (arg instanceof List<?> list) {
            if (list.isEmpty()) {
                return "";
            }
            // Joined pairwise with review.list.more ("{0}, {1}" / "{0}、{1}"), so each language picks its comma.
            Object joined = resolve(messages, list.get(0));
            for (Object next : list.subList(1, list.size())) {
                joined = messages.get("review.list.more", joined, resolve(messages, next));
            }
            return joined;
        }
        return arg;
    }

    private static ObjectNode node(MessageKey note) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", note.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : note.arguments()) {
            add(args, arg);
        }
        return node;
    }

    private static void add(ArrayNode args, Object arg) {
        if (arg instanceof MessageKey key) {
            args.add(node(key));
        } else if (arg instanceof AddressProblem problem) {
            args.add(node(new MessageKey(problem.messageKey())));
        } else if (arg instanceof List<?> list) {
            ArrayNode items = args.addArray();
            list.forEach(item -> add(items, item));
        } else if (arg instanceof Number number) {
            args.add(JSON.valueToTree(number));
        } else {
            args.add(arg == null ? "" : arg.toString());
        }
    }

    private static MessageKey key(JsonNode node) {
        List<Object> args = new ArrayList<>();
        node.path("args").forEach(arg -> args.add(value(arg)));
        return new MessageKey(node.get("key").asText(), args.toArray());
    }

    private static Object value(JsonNode arg) {
        if (arg.isObject() && arg.hasNonNull("key")) {
            return key(arg);
        }
        if (arg.isArray()) {
            List<Object> items = new ArrayList<>();
            arg.forEach(item -> items.add(value(item)));
            return items;
        }
        if (arg.isNumber()) {
            return arg.numberValue();
        }
        return arg.asText();
    }
}
