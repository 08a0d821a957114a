package io.storedesk.sync.shopify;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST Admin API as a transport: which URL each question goes to, the access-token header, and Shopify's
 * cursor paging (the next page's page_info comes in the Link header). It hands back raw JSON and knows nothing
 * of what is in it, so a GraphQL transport can take its place without touching the mapping's rules.
 */
final class ShopifyRestApi {

    static final int PAGE_SIZE = 250;
    static final String CALL_LIMIT_HEADER = "X-Shopify-Shop-Api-Call-Limit";

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
    /** Fields a refunds pull needs: the orders list carries each order's refunds. */
    private static final String REFUND_FIELDS = "id,updated_at,currency,refunds";

    /** One page of a list: its JSON, and the page_info of the next page (null = last page). */
    record Page(String json, String nextPageInfo) {
    }

    /** The list endpoints pulls read. */
    enum Listing {
        ORDERS("orders.json", null), REFUNDS("orders.json", REFUND_FIELDS), PRODUCTS("products.json", null),
        INVENTORY_LEVELS("inventory_levels.json", null);

        private final String path;
        private final String fields;

        Listing(String path, String fields) {
            this.path = path;
            this.fields = fields;
        }
    }

    private final RemoteHttp http;
    private final String adminUrl;
    private final String accessToken;

    ShopifyRestApi(RemoteHttp http, String baseUrl, String apiVersion, String accessToken) {
        this.http = http;
        this.adminUrl = baseUrl.replaceAll("/+$", "") + "/admin/api/" + apiVersion + "/";
        this.accessToken = accessToken == null ? "" : accessToken;
    }

    /** The first page of a listing, with its filters (e.g. updated_at_min). */
    Page firstPage(Listing listing, Map<String, String> filters) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("limit", String.valueOf(PAGE_SIZE));
        if (listing.fields != null) {
            query.put("fields", listing.fields);
        }
        return page(listing.path, query);
    }

    /** A later page. Shopify allows only limit and fields beside page_info: the filters ride in the page_info. */
    Page nextPage(Listing listing, String pageInfo) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", String.valueOf(PAGE_SIZE));
        if (listing.fields != null) {
            query.put("fields", listing.fields);
        }
        query.put("page_info", pageInfo);
        return page(listing.path, query);
    }

    String shop() {
        return get("shop.json", Map.of());
    }

    String locations() {
        return get("locations.json", Map.of());
    }

    String orderLineItems(String orderId) {
        return get("orders/" + orderId + ".json", Map.of("fields", "id,line_items"));
    }

    String fulfillments(String orderId) {
        return get("orders/" + orderId + "/fulfillments.json", Map.of());
    }

    String fulfillmentOrders(String orderId) {
        return get("orders/" + orderId + "/fulfillment_orders.json", Map.of());
    }

    /** Not idempotent: no Idempotency-Key, so a transport must not repeat it on its own. */
    String createFulfillment(String json) {
        return http.send(RemoteHttp.Request.post(adminUrl + "fulfillments.json", headers(), json)).body();
    }

    /** Sets an absolute level, so repeating it is harmless: the key lets the transport retry it. */
    String setInventoryLevel(String json, String idempotencyKey) {
        Map<String, String> headers = new LinkedHashMap<>(headers());
        headers.put("Idempotency-Key", idempotencyKey);
        return http.send(RemoteHttp.Request.post(adminUrl + "inventory_levels/set.json", headers, json)).body();
    }

    private Page page(String path, Map<String, String> query) {
        RemoteHttp.Response response = http.send(RemoteHttp.Request.get(url(path, query), headers()));
        return new Page(response.body(), nextPageInfo(response.header("Link")));
    }

    private String get(String path, Map<String, String> query) {
        return http.send(RemoteHttp.Request.get(url(path, query), headers())).body();
    }

    private Map<String, String> headers() {
        return Map.of("X-Shopify-Access-Token", accessToken, "Accept", "application/json");
    }

    private String url(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return adminUrl + path;
        }
        StringJoiner parameters = new StringJoiner("&", "?", "");
        query.forEach((name, value) -> parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return adminUrl + path + parameters;
    }

    /** The page_info of the rel="next" link (Link: <…?limit=250&page_info=…>; rel="next"), or null. */
    static String nextPageInfo(String linkHeader) {
        if (linkHeader == null || linkHeader.isBlank()) {
            return null;
        }
        Matcher next = NEXT_LINK.matcher(linkHeader);
        if (!next.find()) {
            return null;
        }
        String url = next.group(1);
        int question = url.indexOf('?');
        if (question >= 0) {
            for (String parameter : List.of(url.substring(question + 1).split("&"))) {
                if (parameter.startsWith("page_info=")) {
                    String value = URLDecoder.decode(parameter.substring(10), StandardCharsets.UTF_8);
                    if (!value.isBlank()) {
                        return value;
                    }
                }
            }
        }
        throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                "Shopify's next-page link carries no page_info: " + url);
    }
}
