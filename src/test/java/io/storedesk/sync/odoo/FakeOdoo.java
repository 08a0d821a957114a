package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A small Odoo 17 behind /jsonrpc for the tests: authenticate, and execute_kw's search_read, read, search,
 * search_count and create on tables loaded from src/test/resources/sync/odoo, with Odoo's domain semantics
 * (prefix "&", "|", "!", dotted many2one paths) and Odoo's habit of storing write_date with microseconds but
 * answering it cut to the second. Every call is recorded; fault() lets a test answer a call itself.
 */
final class FakeOdoo extends Dispatcher {

    static final String DATABASE = "storedesk";
    static final String LOGIN = "sync@storedesk.example";
    static final String API_KEY = "7a1c9e04b3d24f0c8e5b6a3f2d1e0c9b";
    static final long UID = 7;

    static final ObjectMapper JSON = new ObjectMapper();

    /** One JSON-RPC call as received. model and modelMethod are set for object.execute_kw. */
    record Call(String service, String method, String model, String modelMethod, JsonNode args, JsonNode kwargs,
                String idempotencyKey) {

        boolean is(String model, String modelMethod) {
            return model.equals(this.model) && modelMethod.equals(this.modelMethod);
        }
    }

    private static final Map<String, String> MANY2ONE_MODELS = Map.of("location_id", "stock.location",
            "product_id", "product.product", "partner_id", "res.partner");

    final Map<String, List<ObjectNode>> tables = new HashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile Function<Call, MockResponse> fault = call -> null;
    private long nextId = 1000;

    static FakeOdoo withFixtures() {
        FakeOdoo odoo = new FakeOdoo();
        JsonNode uom = json(resource("uom.json"));
        List<ObjectNode> products = rows("product_product.json");
        for (ObjectNode product : products) {
            product.setAll((ObjectNode) uom.deepCopy());
            String code = product.path("default_code").isTextual() ? "[" + product.get("default_code").asText() + "] " : "";
            product.put("display_name", code + product.get("name").asText());
        }
        odoo.tables.put("product.product", products);
        odoo.tables.put("stock.quant", rows("stock_quant.json"));
        odoo.tables.put("stock.location", rows("stock_location.json"));
        odoo.tables.put("res.partner", rows("res_partner.json"));
        odoo.tables.put("res.currency", rows("res_currency.json"));
        odoo.tables.put("purchase.order", new ArrayList<>());
        odoo.tables.put("sale.order", new ArrayList<>());
        return odoo;
    }

    static String resource(String name) {
        try (InputStream in = FakeOdoo.class.getResourceAsStream("/sync/odoo/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource sync/odoo/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> rows(String name) {
        List<ObjectNode> rows = new ArrayList<>();
        json(resource(name)).forEach(row -> rows.add((ObjectNode) row));
        return rows;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Call> calls(String model, String modelMethod) {
        return calls.stream().filter(c -> c.is(model, modelMethod)).toList();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        if (!"/jsonrpc".equals(request.getUrl().encodedPath()) || !"POST".equals(request.getMethod())) {
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
                    .body(resource("database_selector.html")).build();
        }
        JsonNode envelope = json(request.getBody() == null ? "" : request.getBody().utf8());
        JsonNode params = envelope.path("params");
        JsonNode args = params.path("args");
        String service = params.path("service").asText();
        String method = params.path("method").asText();
        boolean execute = "object".equals(service) && "execute_kw".equals(method);
        Call call = new Call(service, method, execute ? args.path(3).asText() : null,
                execute ? args.path(4).asText() : null, execute ? args.path(5) : args,
                execute ? args.path(6) : JsonNodeFactory.instance.objectNode(), request.getHeaders().get("Idempotency-Key"));
        calls.add(call);
        long id = envelope.path("id").asLong();
        MockResponse faulty = fault.apply(call);
        if (faulty != null) {
            return faulty;
        }
        if ("common".equals(service) && "version".equals(method)) {
            return answer(id, json(resource("version.json")).get("result"));
        }
        if ("common".equals(service) && "authenticate".equals(method)) {
            boolean good = DATABASE.equals(args.path(0).asText()) && LOGIN.equals(args.path(1).asText())
                    && API_KEY.equals(args.path(2).asText());
            return good ? answer(id, JsonNodeFactory.instance.numberNode(UID)) : fixture("authenticate_refused.json", id);
        }
        if (!execute) {
            return error(id, "werkzeug.exceptions.NotFound", "404 Not Found: no method " + service + "." + method);
        }
        if (!DATABASE.equals(args.path(0).asText()) || args.path(1).asLong() != UID
                || !API_KEY.equals(args.path(2).asText())) {
            return fixture("error_access_denied.json", id);
        }
        List<ObjectNode> table = tables.get(call.model());
        if (table == null) {
            return error(id, "builtins.KeyError", "'" + call.model() + "'");
        }
        try {
            return execute(id, call, table);
        } catch (FieldMissing e) {
            return error(id, "builtins.ValueError", e.getMessage());
        }
    }

    private MockResponse execute(long id, Call call, List<ObjectNode> table) {
        return switch (call.modelMethod()) {
            case "search_read" -> answer(id, project(call.model(), search(call, table), call.kwargs().path("fields")));
            case "search" -> answer(id, ids(search(call, table)));
            case "search_count" -> answer(id, JsonNodeFactory.instance.numberNode(search(call, table).size()));
            case "read" -> answer(id, project(call.model(), byIds(table, call.args().path(0)),
                    call.kwargs().path("fields")));
            case "create" -> create(id, call.model(), table, (ObjectNode) call.args().path(0));
            default -> error(id, "builtins.AttributeError", "The method '" + call.modelMethod()
                    + "' does not exist on the model '" + call.model() + "'");
        };
    }

    private List<ObjectNode> search(Call call, List<ObjectNode> table) {
        JsonNode domain = call.args().path(0);
        boolean activeOnly = !call.kwargs().path("context").path("active_test").isBoolean()
                || call.kwargs().path("context").path("active_test").asBoolean();
        List<ObjectNode> found = new ArrayList<>();
        for (ObjectNode row : table) {
            if (activeOnly && row.has("active") && !row.get("active").asBoolean()) {
                continue;
            }
            if (new Domain(domain, this).matches(row)) {
                found.add(row);
            }
        }
        String order = call.kwargs().path("order").asText("id");
        Comparator<ObjectNode> byId = Comparator.comparingLong(r -> r.path("id").asLong());
        found.sort(order.startsWith("write_date")
                ? Comparator.<ObjectNode, String>comparing(r -> r.path("write_date").asText()).thenComparing(byId)
                : byId);
        int offset = call.kwargs().path("offset").asInt(0);
        int limit = call.kwargs().path("limit").isInt() ? call.kwargs().get("limit").asInt() : Integer.MAX_VALUE;
        return found.subList(Math.min(offset, found.size()), (int) Math.min((long) offset + limit, found.size()));
    }

    ObjectNode byId(String model, long id) {
        return tables.getOrDefault(model, List.of()).stream().filter(r -> r.path("id").asLong() == id)
                .findFirst().orElse(null);
    }

    static String many2oneModel(String field) {
        return MANY2ONE_MODELS.get(field);
    }

    private static List<ObjectNode> byIds(List<ObjectNode> table, JsonNode ids) {
        List<ObjectNode> found = new ArrayList<>();
        for (JsonNode id : ids) {
            table.stream().filter(r -> r.path("id").asLong() == id.asLong()).findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** Odoo answers only the fields asked for (id always) and cuts write_date to the second. */
    private static ArrayNode project(String model, List<ObjectNode> rows, JsonNode fields) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode row : rows) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("id", row.get("id").asLong());
            Iterable<String> names = fields.isArray() && !fields.isEmpty()
                    ? () -> java.util.stream.StreamSupport.stream(fields.spliterator(), false).map(JsonNode::asText).iterator()
                    : row::fieldNames;
            for (String name : names) {
                if (!row.has(name)) {
                    throw new FieldMissing(model, name);
                }
                JsonNode value = row.get(name);
                out.set(name, "write_date".equals(name) && value.asText().length() > 19
                        ? JsonNodeFactory.instance.textNode(value.asText().substring(0, 19)) : value);
            }
            answer.add(out);
        }
        return answer;
    }

    private static ArrayNode ids(List<ObjectNode> rows) {
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        rows.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }

    private MockResponse create(long id, String model, List<ObjectNode> table, ObjectNode values) {
        JsonNode partner = values.path("partner_id");
        if (partner.isMissingNode() || byId("res.partner", partner.asLong()) == null) {
            return error(id, "odoo.exceptions.ValidationError", "The operation cannot be completed: Missing required "
                    + "value for the field 'Vendor' (partner_id).");
        }
        ObjectNode row = values.deepCopy();
        row.put("id", ++nextId);
        row.put("state", "draft");
        row.put("write_date", "2024-06-03 10:00:00.000000");
        table.add(row);
        return answer(id, JsonNodeFactory.instance.numberNode(nextId));
    }

    static MockResponse answer(long id, JsonNode result) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("jsonrpc", "2.0");
        body.put("id", id);
        body.set("result", result);
        return json200(body.toString());
    }

    static MockResponse fixture(String name, long id) {
        ObjectNode body = (ObjectNode) json(resource(name));
        body.put("id", id);
        return json200(body.toString());
    }

    static MockResponse error(long id, String exception, String message) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("name", exception);
        data.put("debug", "Traceback (most recent call last):\n" + exception + ": " + message + "\n");
        data.put("message", message);
        data.putArray("arguments").add(message);
        data.putObject("context");
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("code", 200);
        error.put("message", "Odoo Server Error");
        error.set("data", data);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("jsonrpc", "2.0");
        body.put("id", id);
        body.set("error", error);
        return json200(body.toString());
    }

    static MockResponse json200(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** Odoo's answer to a field the model does not have: ValueError("Invalid field ..."), a server error. */
    static final class FieldMissing extends RuntimeException {
        FieldMissing(String model, String field) {
            super("Invalid field '" + field + "' on model '" + model + "'");
        }
    }
}
