package io.storedesk.sync.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Odoo's external JSON-RPC API: POST {base}/jsonrpc with service "common" or "object". Odoo answers HTTP 200
 * even when it refuses, so this class reads the JSON-RPC error object and turns it into a RemoteFault.
 */
final class OdooRpc {

    static final ObjectMapper JSON = new ObjectMapper();

    private final RemoteHttp http;
    private final String endpoint;
    private final ChannelCredentials credentials;
    private final AtomicLong requestIds = new AtomicLong();
    private Long uid;

    OdooRpc(RemoteHttp http, String baseUrl, ChannelCredentials credentials) {
        this.http = http;
        this.endpoint = baseUrl.replaceAll("/+$", "") + "/jsonrpc";
        this.credentials = credentials;
    }

    /** The user id Odoo gives for our login; asked once per adapter, since every execute_kw call carries it. */
    synchronized long uid() {
        if (uid == null) {
            JsonNode result;
            try {
                result = call("common", "authenticate",
                        List.of(database(), credentials.key(), credentials.secret(), Map.of()), true);
            } catch (RemoteFault fault) {
                // A database name Odoo does not have surfaces as a PostgreSQL error; it is a setting to fix, not
                // a server fault that retrying would cure.
                if (fault.kind() == RemoteFault.Kind.SERVER && fault.remoteMessage() != null
                        && fault.remoteMessage().contains("does not exist")) {
                    throw new RemoteFault(RemoteFault.Kind.AUTH, fault.status(), fault.remoteMessage(), fault);
                }
                throw fault;
            }
            // A wrong login or password is not an error in Odoo's eyes: authenticate answers false.
            if (!result.canConvertToLong() || result.asLong() <= 0) {
                throw new RemoteFault(RemoteFault.Kind.AUTH, 200, "Odoo refused the login \"" + credentials.key()
                        + "\" for database \"" + database() + "\" (wrong login, password or API key)");
            }
            uid = result.asLong();
        }
        return uid;
    }

    /**
     * object.execute_kw(db, uid, password, model, method, args, kwargs). retrySafe = the call changes nothing
     * (search, read): only then may the transport repeat it after a failure.
     */
    JsonNode execute(String model, String method, List<?> args, Map<String, ?> kwargs, boolean retrySafe) {
        return call("object", "execute_kw",
                List.of(database(), uid(), credentials.secret(), model, method, args, kwargs), retrySafe);
    }

    JsonNode call(String service, String method, List<?> args, boolean retrySafe) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", method);
        params.put("args", args);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("method", "call");
        envelope.put("params", params);
        envelope.put("id", requestIds.incrementAndGet());
        // The retrying transport repeats a POST only when it carries an Idempotency-Key. Odoo's create is not
        // idempotent, so creates go without one (search-before-create makes the next run safe instead).
        Map<String, String> headers = retrySafe
                ? Map.of("Accept", "application/json", "Idempotency-Key", "odoo-read-" + UUID.randomUUID())
                : Map.of("Accept", "application/json");
        RemoteHttp.Response response = http.send(RemoteHttp.Request.post(endpoint, headers, write(envelope)));
        return resultOf(response.body(), method);
    }

    private static JsonNode resultOf(String body, String method) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                    "Odoo's answer to " + method + " is not valid JSON (cut short?): " + start(body), e);
        }
        if (answer == null || !answer.isObject()) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                    "Odoo's answer to " + method + " is not a JSON-RPC object: " + start(body));
        }
        if (answer.hasNonNull("error")) {
            throw OdooErrors.toFault(answer.get("error"));
        }
        if (!answer.has("result")) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200,
                    "Odoo's answer to " + method + " has neither result nor error: " + start(body));
        }
        return answer.get("result");
    }

    private String database() {
        return credentials.database();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON-RPC request", e);
        }
    }

    private static String start(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
