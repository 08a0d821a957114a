package io.storedesk.sync.shopify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Shopify store as the REST Admin API answers: the access-token check (401 with Shopify's words), cursor
 * pages chained by Link headers (and the 400 Shopify gives when a page_info request also sends filters), plain
 * answers by path, the two push endpoints, and any answer a test puts in place of one of these.
 */
public final class FakeShopify extends Dispatcher {

    public static final String TOKEN = "shpat_0123456789abcdef";
    public static final String WRONG_TOKEN = "shpat_wrong";
    public static final String AUTH_ERROR = "[API] Invalid API key or access token (unrecognized login or wrong password)";
    private static final String PREFIX = "/admin/api/" + ShopifyAdapter.DEFAULT_API_VERSION + "/";
    private static final Set<String> ALLOWED_WITH_PAGE_INFO = Set.of("page_info", "limit", "fields");

    private record Page(String json, String next) {
    }

    private final Map<String, Page> pages = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, Supplier<MockResponse>> replaced = new HashMap<>();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    /**
     * The fixtures' store: orders on two pages (one paid with a refund, one authorized), its four products on
     * two pages, the levels at its first location one per page, its locations, and order 450789469's fulfilment
     * orders and fulfilments for pushes.
     */
    public static FakeShopify standardStore() {
        return new FakeShopify()
                .answer("shop.json", "{\"shop\":{\"id\":690933842,\"name\":\"Apple Computers\",\"currency\":\"USD\"}}")
                .answer("locations.json", ShopifyFixtures.text("locations.json"))
                .pages("orders.json",
                        ShopifyFixtures.ordersPage(List.of(ShopifyFixtures.refundedOrder(450789469L, 509562969L,
                                "2008-01-10T11:00:00-05:00"))),
                        ShopifyFixtures.ordersPage(List.of(ShopifyFixtures.order(450789470L, "2008-01-11T09:30:00-05:00")
                                .putPOJO("refunds", List.of()), ShopifyFixtures.refundedOrder(450789471L, 509562970L,
                                "2008-01-12T08:00:00-05:00"))))
                .pages("products.json", ShopifyFixtures.productsPage(0, 2), ShopifyFixtures.productsPage(2, 4))
                .pages("inventory_levels.json", ShopifyFixtures.inventoryLevelsAt(487838322L).stream()
                        .map(l -> ShopifyFixtures.envelope("inventory_levels", List.of(l))).toArray(String[]::new))
                .answer("orders/450789469/fulfillments.json", ShopifyFixtures.orderFulfillments())
                .answer("orders/450789469/fulfillment_orders.json", ShopifyFixtures.text("fulfillment_orders.json"))
                .answer("orders/450789469.json", "{\"order\":" + ShopifyFixtures.tree("order.json").get("order")
                        .toString() + "}");
    }

    /** Pages of a listing, chained: page_info "path-1", "path-2", … (the first page has none). */
    public FakeShopify pages(String path, String... bodies) {
        String stem = path.replace(".json", "");
        for (int i = 0; i < bodies.length; i++) {
            page(path, i == 0 ? null : stem + "-" + i, bodies[i], i + 1 < bodies.length ? stem + "-" + (i + 1) : null);
        }
        return this;
    }

    /** One page: its page_info (null = the first page) and the page_info its Link points to (null = none). */
    public FakeShopify page(String path, String pageInfo, String body, String nextPageInfo) {
        pages.put(path + "?" + pageInfo, new Page(body, nextPageInfo));
        return this;
    }

    public FakeShopify answer(String path, String body) {
        answers.put(path, body);
        return this;
    }

    /** Answers a path (with "?page_info" for a page, "?null" for a first page) with this instead. */
    public FakeShopify replace(String key, Supplier<MockResponse> response) {
        replaced.put(key, response);
        return this;
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<RecordedRequest> requests(String method, String path) {
        return requests().stream().filter(r -> r.getMethod().equals(method)
                && r.getUrl().encodedPath().equals(PREFIX + path)).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        if (!TOKEN.equals(request.getHeaders().get("X-Shopify-Access-Token"))) {
            return json(401, "{\"errors\":\"" + AUTH_ERROR + "\"}");
        }
        String fullPath = request.getUrl().encodedPath();
        if (!fullPath.startsWith(PREFIX)) {
            return json(404, "{\"errors\":\"Not Found\"}");
        }
        String path = fullPath.substring(PREFIX.length());
        String pageInfo = request.getUrl().queryParameter("page_info");
        String key = path + "?" + pageInfo;
        if (replaced.containsKey(key)) {
            return replaced.get(key).get();
        }
        if (replaced.containsKey(path)) {
            return replaced.get(path).get();
        }
        if (pageInfo != null && !ALLOWED_WITH_PAGE_INFO.containsAll(request.getUrl().queryParameterNames())) {
            return json(400, "{\"errors\":{\"page_info\":[\"Invalid value.\"]}}");
        }
        if ("POST".equals(request.getMethod())) {
            return posted(path, request.getBody() == null ? "" : request.getBody().utf8());
        }
        Page page = pages.get(key);
        if (page != null) {
            MockResponse.Builder response = ok(page.json());
            if (page.next() != null) {
                response.setHeader("Link", "<" + request.getUrl().newBuilder().encodedQuery(null)
                        .addQueryParameter("limit", "250").addQueryParameter("page_info", page.next()).build()
                        + ">; rel=\"next\"");
            }
            return response.build();
        }
        String answer = answers.get(path);
        return answer != null ? ok(answer).build() : json(404, "{\"errors\":\"Not Found\"}");
    }

    private MockResponse posted(String path, String body) {
        if (path.equals("inventory_levels/set.json")) {
            return ok("{\"inventory_level\":" + body.replace("\"available\"", "\"updated_at\":"
                    + "\"2024-11-02T10:00:00-04:00\",\"available\"") + "}").build();
        }
        if (path.equals("fulfillments.json")) {
            return new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json; charset=utf-8")
                    .body(ShopifyFixtures.text("fulfillment.json")).build();
        }
        return json(404, "{\"errors\":\"Not Found\"}");
    }

    private static MockResponse.Builder ok(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json; charset=utf-8")
                .setHeader(ShopifyRestApi.CALL_LIMIT_HEADER, "1/40").body(body);
    }

    public static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }
}
