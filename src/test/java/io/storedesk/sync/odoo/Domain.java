package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Odoo's search domain in Polish notation ("&", "|", "!" before their operands; terms side by side are ANDed). */
final class Domain {

    /** What compare() gives when one side is false (SQL NULL): no comparison holds. */
    private static final int NULL = Integer.MIN_VALUE;

    private final JsonNode terms;
    private final FakeOdoo odoo;
    private int next;

    Domain(JsonNode terms, FakeOdoo odoo) {
        this.terms = terms;
        this.odoo = odoo;
    }

    boolean matches(ObjectNode row) {
        next = 0;
        boolean all = true;
        while (next < terms.size()) {
            all &= term(row);
        }
        return all;
    }

    private boolean term(ObjectNode row) {
        JsonNode term = terms.get(next++);
        if (term.isTextual()) {
            return switch (term.asText()) {
                case "&" -> term(row) & term(row);
                case "|" -> term(row) | term(row);
                case "!" -> !term(row);
                default -> throw new IllegalArgumentException("unknown domain operator " + term);
            };
        }
        return leaf(row, term.get(0).asText(), term.get(1).asText(), term.get(2));
    }

    private boolean leaf(ObjectNode row, String path, String operator, JsonNode value) {
        JsonNode actual = valueOf(row, path);
        if (!operator.contains("in") && compare(actual, value) == NULL) {
            return "!=".equals(operator);
        }
        return switch (operator) {
            case "=" -> compare(actual, value) == 0;
            case "!=" -> compare(actual, value) != 0;
            case ">" -> compare(actual, value) > 0;
            case ">=" -> compare(actual, value) >= 0;
            case "<" -> compare(actual, value) < 0;
            case "<=" -> compare(actual, value) <= 0;
            case "in" -> contains(value, actual);
            case "not in" -> !contains(value, actual);
            default -> throw new IllegalArgumentException("operator not faked: " + operator);
        };
    }

    /** "location_id.usage" follows the many2one to its record. A many2one compares by its id. */
    private JsonNode valueOf(ObjectNode row, String path) {
        int dot = path.indexOf('.');
        String field = dot < 0 ? path : path.substring(0, dot);
        JsonNode value = row.path(field);
        if (value.isArray() && value.size() == 2 && value.get(1).isTextual()) {
            value = value.get(0);
        }
        if (dot < 0) {
            return value;
        }
        ObjectNode target = odoo.byId(FakeOdoo.many2oneModel(field), value.asLong());
        return target == null ? com.fasterxml.jackson.databind.node.BooleanNode.FALSE
                : valueOf(target, path.substring(dot + 1));
    }

    private static boolean contains(JsonNode list, JsonNode actual) {
        for (JsonNode candidate : list) {
            if (compare(actual, candidate) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Strings compare as Postgres compares Odoo's timestamps here: "…30.01" is later than "…30". */
    private static int compare(JsonNode actual, JsonNode expected) {
        if (actual.isNumber() && expected.isNumber()) {
            return Double.compare(actual.asDouble(), expected.asDouble());
        }
        if (actual.isTextual() && expected.isTextual()) {
            return actual.asText().compareTo(expected.asText());
        }
        if (actual.isBoolean() && expected.isBoolean()) {
            return Boolean.compare(actual.asBoolean(), expected.asBoolean());
        }
        // false against a value: never equal, and no order (Odoo's NULL).
        return actual.equals(expected) ? 0 : NULL;
    }
}
