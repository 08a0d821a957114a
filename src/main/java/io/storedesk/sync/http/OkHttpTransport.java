package io.storedesk.sync.http;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One HTTP exchange through OkHttp, with no retry: any status comes back as an answer; only a call that got
 * no complete answer (refused, reset, timed out, body cut short) throws, as a NETWORK fault.
 */
public final class OkHttpTransport {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** OkHttp refuses these without a body, and HEAD, GET and OPTIONS with one. */
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH");

    private final OkHttpClient client;

    public OkHttpTransport(Duration connectTimeout, Duration readTimeout) {
        this.client = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .retryOnConnectionFailure(false)
                .build();
    }

    public OkHttpTransport() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public RemoteHttp.Response exchange(RemoteHttp.Request request) {
        Request.Builder builder = new Request.Builder().url(request.url());
        request.headers().forEach(builder::header);
        RequestBody body = request.body() == null ? null : RequestBody.create(request.body(), JSON);
        if (body == null && BODY_REQUIRED.contains(request.method())) {
            body = RequestBody.create(new byte[0], null);
        }
        builder.method(request.method(), body);
        try (Response response = client.newCall(builder.build()).execute()) {
            Map<String, List<String>> headers = new HashMap<>();
            for (String name : response.headers().names()) {
                headers.put(name.toLowerCase(Locale.ROOT), response.headers(name));
            }
            String text = response.body().string();
            return new RemoteHttp.Response(response.code(), headers, text);
        } catch (IOException e) {
            throw new RemoteFault(RemoteFault.Kind.NETWORK, 0, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }
}
