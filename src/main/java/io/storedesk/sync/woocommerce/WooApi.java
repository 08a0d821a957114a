package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WooCommerce's REST v3 as calls: where a path lives, how we sign in, and reading the JSON it answers (every
 * malformed answer becomes a BAD_RESPONSE that names what was being read).
 */
final class WooApi {

    static final String ROOT = "/wp-json/wc/v3";

    private final String baseUrl;
    private final String consumerKey;
    private final String consumerSecret;
    private final boolean authInQuery;
    private final RemoteHttp http;
    /** Field names as WooCommerce writes them; fields we do not know (plugins add many) are skipped. */
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WooApi(ChannelConnection connection, RemoteHttp http) {
        this.baseUrl = connection.baseUrl().replaceAll("/+$", "");
        this.consumerKey = connection.credentials().key();
        this.consumerSecret = connection.credentials().secret();
        this.authInQuery = Boolean.parseBoolean(connection.setting("authInQuery", "false"));
        this.http = http;
    }

    /** One page of a list endpoint, with what X-WP-TotalPages said (-1 when the header is missing). */
    record Page<T>(List<T> items, int totalPages) {

        /** The last page: page ≥ X-WP-TotalPages, or, when a proxy dropped the header, a short page. */
        boolean isLast(int page, int perPage) {
            return totalPages >= 0 ? page >= totalPages : items.size() < perPage;
        }
    }

    <T> Page<T> list(String path, Map<String, String> query, Class<T> type, String what) {
        RemoteHttp.Response response = http.send(RemoteHttp.Request.get(url(path, query), headers(null)));
        List<T> items = read(response, JSON.getTypeFactory().constructCollectionType(List.class, type), what);
        return new Page<>(items, totalPages(response));
    }

    <T> T get(String path, Map<String, String> query, Class<T> type, String what) {
        RemoteHttp.Response response = http.send(RemoteHttp.Request.get(url(path, query), headers(null)));
        return read(response, JSON.getTypeFactory().constructType(type), what);
    }

    <T> List<T> getList(String path, Map<String, String> query, Class<T> type, String what) {
        return list(path, query, type, what).items();
    }

    /** idempotencyKey: the same for a repeated call, so the transport knows the POST is safe to send again. */
    <T> T post(String path, Object body, String idempotencyKey, Class<T> type, String what) {
        RemoteHttp.Response response = http.send(RemoteHttp.Request.post(url(path, Map.of()), headers(idempotencyKey),
                write(body)));
        return read(response, JSON.getTypeFactory().constructType(type), what);
    }

    <T> T put(String path, Object body, String idempotencyKey, Class<T> type, String what) {
        RemoteHttp.Response response = http.send(RemoteHttp.Request.put(url(path, Map.of()), headers(idempotencyKey),
                write(body)));
        return read(response, JSON.getTypeFactory().constructType(type), what);
    }

    /**
     * How we sign in, in one place. WooCommerce takes REST API keys by HTTP Basic over HTTPS; over plain http://
     * it wants OAuth 1.0a signatures instead. We send Basic either way: the only http:// servers we talk to are
     * local test servers (a real shop must be HTTPS). Some servers strip the Authorization header; for them the
     * docs allow consumer_key/consumer_secret as query parameters over HTTPS, chosen by the setting authInQuery=true.
     */
    private Map<String, String> headers(String idempotencyKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (!authInQuery) {
            String pair = consumerKey + ":" + consumerSecret;
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return headers;
    }

    private String url(String path, Map<String, String> query) {
        Map<String, String> parameters = new LinkedHashMap<>(query);
        if (authInQuery) {
            parameters.put("consumer_key", consumerKey);
            parameters.put("consumer_secret", consumerSecret);
        }
        StringBuilder url = new StringBuilder(baseUrl).append(ROOT).append(path);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            url.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int totalPages(RemoteHttp.Response response) {
        String header = response.header("X-WP-TotalPages");
        try {
            return header == null ? -1 : Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private <T> T read(RemoteHttp.Response response, JavaType type, String what) {
        String body = response.body();
        if (body == null || body.isBlank()) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, response.status(), "empty answer reading " + what);
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, response.status(), "null reading " + what);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, response.status(),
                    "malformed JSON reading " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body, e);
        }
    }
}
