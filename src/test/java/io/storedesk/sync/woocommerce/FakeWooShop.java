package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A local WooCommerce shop for MockWebServer, built from the docs' payloads: answers /wp-json/wc/v3 as WooCommerce
 * does (modified_after strictly after, orderby/order, per_page up to 100, page, X-WP-Total and X-WP-TotalPages,
 * its 401 answers, batch answers with per-object errors). A fault test puts an interceptor in front.
 */
final class FakeWooShop extends Dispatcher {

    static final String KEY = "ck_8a4bd5f7c1e0d2a3b4c5d6e7f8091a2b3c4d5e6f";
    static final String SECRET = "cs_1f2e3d4c5b6a79880716253443526170a9b8c7d6";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("/(\\d+)");

    final Map<Long, ObjectNode> orders = new LinkedHashMap<>();
    final Map<Long, ObjectNode> products = new LinkedHashMap<>();
    final Map<Long, List<ObjectNode>> variations = new LinkedHashMap<>();
    final Map<Long, ArrayNode> refunds = new LinkedHashMap<>();
    final Map<Long, List<ObjectNode>> notes = new LinkedHashMap<>();
    final Map<Long, String> refusedStock = new LinkedHashMap<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    volatile Function<RecordedRequest, MockResponse> interceptor = r -> null;
    /** Changes a list page before it is sent (a repeated page, a record twice); given the page WooCommerce would send. */
    volatile Function<List<JsonNode>, List<JsonNode>> pageTamper = page -> page;

    /**
     * The docs' two orders (723 with its two refunds) and three more made from order.json; the docs' variable
     * product 799 with its two variations, simple product 794, and two more simple products; stock counted on all.
     */
    static FakeWooShop standard() {
        FakeWooShop shop = new FakeWooShop();
        for (JsonNode order : array("orders.json")) {
            shop.orders.put(order.get("id").asLong(), (ObjectNode) order);
        }
        ObjectNode template = (ObjectNode) resource("order.json");
        for (int i = 1; i <= 3; i++) {
            ObjectNode order = template.deepCopy();
            order.put("id", 900 + i).put("number", String.valueOf(900 + i))
                    .put("date_modified_gmt", "2017-03-2" + (3 + i) + "T10:00:00");
            shop.orders.put(900L + i, order);
        }
        shop.refunds.put(723L, (ArrayNode) resource("order_refunds.json"));
        List<ObjectNode> vars = new ArrayList<>();
        long stock = 5;
        for (JsonNode v : array("product_variations.json")) {
            ObjectNode variation = (ObjectNode) v;
            variation.put("manage_stock", true).put("stock_quantity", stock++)
                    .put("sku", "SHIP-IDEA-" + variation.get("attributes").get(0).get("option").asText().toUpperCase());
            vars.add(variation);
        }
        for (JsonNode p : array("products.json")) {
            ObjectNode product = (ObjectNode) p;
            if (product.get("id").asLong() == 799) {
                product.set("variations", JSON.valueToTree(List.of(733, 732)));
                shop.variations.put(799L, vars);
            } else {
                product.put("manage_stock", true).put("stock_quantity", 12).put("sku", "PREMIUM-Q");
            }
            shop.products.put(product.get("id").asLong(), product);
        }
        ObjectNode simple = (ObjectNode) resource("product.json");
        for (int i = 1; i <= 2; i++) {
            ObjectNode product = simple.deepCopy();
            product.put("id", 800 + i).put("name", "Premium Quality " + i).put("sku", "PREMIUM-" + i)
                    .put("manage_stock", true).put("stock_quantity", 20 + i)
                    .put("date_modified_gmt", "2017-03-2" + (4 + i) + "T08:00:00");
            shop.products.put(800L + i, product);
        }
        return shop;
    }

    /** What a shop manager does between two pages of a run: edits an order, which moves its modified date. */
    synchronized void changeOrder(long id, String status, String modifiedGmt) {
        orders.get(id).put("status", status).put("date_modified_gmt", modifiedGmt);
    }

    synchronized List<RecordedRequest> requestsTo(String pathEnd) {
        return requests.stream().filter(r -> r.getUrl().encodedPath().endsWith(pathEnd)).toList();
    }

    static JsonNode resource(String name) {
        try (InputStream in = FakeWooShop.class.getResourceAsStream("/sync/woocommerce/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        try (InputStream in = FakeWooShop.class.getResourceAsStream("/sync/woocommerce/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> array(String name) {
        List<JsonNode> items = new ArrayList<>();
        resource(name).forEach(items::add);
        return items;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        MockResponse fault = interceptor.apply(request);
        if (fault != null) {
            return fault;
        }
        HttpUrl url = request.getUrl();
        String[] credentials = credentials(request);
        if (credentials == null || !KEY.equals(credentials[0])) {
            return error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.");
        }
        if (!SECRET.equals(credentials[1])) {
            return error(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.");
        }
        String path = url.encodedPath().replaceFirst("^/wp-json/wc/v3", "");
        return route(request.getMethod(), path, url, request.getBody() == null ? "" : request.getBody().utf8());
    }

    private MockResponse route(String method, String path, HttpUrl url, String body) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(path);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        String shape = path.replaceAll("/\\d+", "/{id}");
        return switch (method + " " + shape) {
            case "GET /orders" -> list(orders.values(), url);
            case "GET /orders/{id}" -> orders.containsKey(ids.get(0)) ? ok(orders.get(ids.get(0))) : invalidId();
            case "PUT /orders/{id}" -> updateOrder(ids.get(0), read(body));
            case "GET /orders/{id}/refunds" -> list(items(refunds.getOrDefault(ids.get(0), JSON.createArrayNode())), url);
            case "GET /orders/{id}/notes" -> ok(JSON.valueToTree(notes.getOrDefault(ids.get(0), List.of())));
            case "POST /orders/{id}/notes" -> addNote(ids.get(0), read(body));
            case "GET /products" -> url.queryParameter("sku") != null ? bySku(url.queryParameter("sku")) : list(products.values(), url);
            case "GET /products/{id}/variations" -> list(variations.getOrDefault(ids.get(0), List.of()), url);
            case "POST /products/batch" -> batch(products.values(), read(body));
            case "POST /products/{id}/variations/batch" -> batch(variations.getOrDefault(ids.get(0), List.of()), read(body));
            default -> error(404, "rest_no_route", "No route was found matching the URL and request method.");
        };
    }

    /** WooCommerce's list semantics, including modified_after being strictly after. */
    private MockResponse list(Collection<? extends JsonNode> all, HttpUrl url) {
        String after = url.queryParameter("modified_after");
        String orderby = url.queryParameter("orderby") == null ? "date" : url.queryParameter("orderby");
        boolean asc = "asc".equals(url.queryParameter("order"));
        int perPage = Math.min(100, intParam(url, "per_page", 10));
        int page = intParam(url, "page", 1);
        Comparator<JsonNode> order = switch (orderby) {
            case "modified" -> Comparator.comparing(n -> n.path("date_modified_gmt").asText());
            case "id" -> Comparator.comparingLong(n -> n.path("id").asLong());
            default -> Comparator.comparing(n -> n.path("date_created_gmt").asText());
        };
        List<JsonNode> matching = all.stream()
                .filter(n -> after == null || n.path("date_modified_gmt").asText().compareTo(after) > 0)
                .sorted(asc ? order : order.reversed()).map(n -> (JsonNode) n).toList();
        int totalPages = (matching.size() + perPage - 1) / perPage;
        List<JsonNode> slice = pageTamper.apply(matching.subList(Math.min(matching.size(), (page - 1) * perPage),
                Math.min(matching.size(), page * perPage)));
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=UTF-8")
                .setHeader("X-WP-Total", matching.size()).setHeader("X-WP-TotalPages", totalPages)
                .body(JSON.valueToTree(slice).toString()).build();
    }

    private MockResponse bySku(String sku) {
        List<JsonNode> found = new ArrayList<>();
        products.values().stream().filter(p -> p.path("sku").asText().contains(sku)).forEach(found::add);
        variations.forEach((parent, vars) -> vars.stream().filter(v -> v.path("sku").asText().contains(sku))
                .forEach(v -> found.add(v.deepCopy().put("parent_id", parent))));
        return ok(JSON.valueToTree(found));
    }

    private MockResponse batch(Collection<ObjectNode> objects, JsonNode body) {
        ArrayNode answers = JSON.createArrayNode();
        for (JsonNode update : body.path("update")) {
            long id = update.path("id").asLong();
            ObjectNode object = objects.stream().filter(o -> o.path("id").asLong() == id).findFirst().orElse(null);
            if (object == null || refusedStock.containsKey(id)) {
                ObjectNode error = answers.addObject().put("id", id).putObject("error");
                error.put("code", object == null ? "woocommerce_rest_product_invalid_id" : "woocommerce_rest_invalid_stock")
                        .put("message", object == null ? "Invalid ID." : refusedStock.get(id))
                        .putObject("data").put("status", 400);
                continue;
            }
            object.put("manage_stock", update.path("manage_stock").asBoolean())
                    .put("stock_quantity", update.path("stock_quantity").asLong());
            answers.add(object.deepCopy());
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("update", answers);
        return ok(answer);
    }

    private MockResponse updateOrder(long id, JsonNode body) {
        ObjectNode order = orders.get(id);
        if (order == null) {
            return invalidId();
        }
        order.put("status", body.path("status").asText()).put("date_modified_gmt", "2017-04-01T00:00:00");
        return ok(order);
    }

    private MockResponse addNote(long id, JsonNode body) {
        if (!orders.containsKey(id)) {
            return invalidId();
        }
        List<ObjectNode> list = notes.computeIfAbsent(id, k -> new ArrayList<>());
        ObjectNode note = JSON.createObjectNode().put("id", 2000 + list.size()).put("author", "WooCommerce")
                .put("note", body.path("note").asText()).put("customer_note", body.path("customer_note").asBoolean());
        list.add(note);
        return new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json; charset=UTF-8")
                .body(note.toString()).build();
    }

    private static String[] credentials(RecordedRequest request) {
        String key = request.getUrl().queryParameter("consumer_key");
        if (key != null) {
            return new String[] {key, String.valueOf(request.getUrl().queryParameter("consumer_secret"))};
        }
        String header = request.getHeaders().get("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    }

    private static List<JsonNode> items(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static int intParam(HttpUrl url, String name, int fallback) {
        String value = url.queryParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body.isEmpty() ? "{}" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse ok(JsonNode body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=UTF-8")
                .body(body.toString()).build();
    }

    static MockResponse error(int status, String code, String message) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=UTF-8")
                .body("{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"data\":{\"status\":" + status + "}}")
                .build();
    }

    private static MockResponse invalidId() {
        return error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");
    }
}
