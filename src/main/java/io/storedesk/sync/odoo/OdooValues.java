package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.RemoteFault;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Odoo's JSON habits: an empty field is false (not null, not ""), a many2one is [id, "display name"], and a
 * datetime is "YYYY-MM-DD HH:MM:SS" in UTC.
 */
final class OdooValues {

    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OdooValues() {
    }

    /** A char field's text, or null when Odoo says false, null or blank. */
    static String text(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        return node.asText().strip();
    }

    static BigDecimal decimal(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /** The id of a many2one value [id, "name"], or null when it is false. */
    static Long many2oneId(JsonNode node) {
        return node != null && node.isArray() && node.size() >= 1 && node.get(0).canConvertToLong()
                ? node.get(0).asLong() : null;
    }

    static String many2oneName(JsonNode node) {
        return node != null && node.isArray() && node.size() >= 2 ? text(node.get(1)) : null;
    }

    static Instant instant(String datetime) {
        if (datetime == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(datetime.length() > 19 ? datetime.substring(0, 19) : datetime, DATETIME)
                    .toInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200, "Odoo sent a date Odoo does not write: "
                    + datetime, e);
        }
    }

    static String datetime(Instant instant) {
        return DATETIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** The list of records a search_read or read answered, each a JSON object. */
    static List<JsonNode> records(JsonNode result, String model) {
        if (result == null || !result.isArray()) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                    "Odoo answered a " + model + " read with " + (result == null ? "nothing" : result.getNodeType())
                            + " instead of a list of records");
        }
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : result) {
            if (!row.isObject()) {
                throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                        "Odoo answered a " + model + " read with something that is not a record: " + row);
            }
            rows.add(row);
        }
        return rows;
    }
}
