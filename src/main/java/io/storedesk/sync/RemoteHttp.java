package io.storedesk.sync;

import java.util.List;
import java.util.Map;

/**
 * The transport an adapter calls its remote through. Implementations pace calls, retry what is worth
 * retrying (429 after Retry-After, 5xx, resets and timeouts with back-off) and turn what is not into a
 * {@link RemoteFault}: a call returns only a 2xx answer whose body was read completely.
 */
public interface RemoteHttp {

    Response send(Request request);

    /** body null = no body; a non-null body is sent as application/json. */
    record Request(String method, String url, Map<String, String> headers, String body) {

        public Request {
            headers = Map.copyOf(headers);
        }

        public static Request get(String url, Map<String, String> headers) {
            return new Request("GET", url, headers, null);
        }

        public static Request post(String url, Map<String, String> headers, String json) {
            return new Request("POST", url, headers, json);
        }

        public static Request put(String url, Map<String, String> headers, String json) {
            return new Request("PUT", url, headers, json);
        }
    }

    /** Header names are lower-case. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        public Response {
            headers = Map.copyOf(headers);
        }

        /** The first value of a header (name in any case), or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
