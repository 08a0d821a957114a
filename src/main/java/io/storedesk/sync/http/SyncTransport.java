package io.storedesk.sync.http;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RemoteHttp without pacing or retries: turns every answer that is not a complete 2xx into a RemoteFault
 * that carries the remote's own words. The engine gives adapters {@link RetryingTransport} (through
 * {@link SyncTransports}), which classifies answers with {@link #accept}.
 */
public final class SyncTransport implements RemoteHttp {

    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern JSON_MESSAGE = Pattern.compile(
            "\"(?:message|errors|error|error_description)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final OkHttpTransport http;

    public SyncTransport(OkHttpTransport http) {
        this.http = http;
    }

    @Override
    public Response send(Request request) {
        return accept(http.exchange(request));
    }

    /** The answer itself when it is a 2xx JSON answer, else the RemoteFault it stands for. */
    static Response accept(Response response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            if (looksLikeHtml(response)) {
                throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, status,
                        "HTML page instead of JSON: " + remoteMessage(response));
            }
            return response;
        }
        throw new RemoteFault(kindOf(status), status, remoteMessage(response));
    }

    static RemoteFault.Kind kindOf(int status) {
        if (status == 401 || status == 403) {
            return RemoteFault.Kind.AUTH;
        }
        if (status == 429) {
            return RemoteFault.Kind.RATE_LIMITED;
        }
        if (status >= 500) {
            return RemoteFault.Kind.SERVER;
        }
        if (status >= 300 && status < 400) {
            return RemoteFault.Kind.BAD_RESPONSE;
        }
        return RemoteFault.Kind.REJECTED;
    }

    static boolean looksLikeHtml(Response response) {
        String type = response.header("content-type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("html")) {
            return true;
        }
        String body = response.body().stripLeading();
        return body.regionMatches(true, 0, "<!doctype html", 0, 14) || body.regionMatches(true, 0, "<html", 0, 5);
    }

    /** The remote's own words: a JSON message/errors field, an HTML page's title, or the start of the body. */
    static String remoteMessage(Response response) {
        String body = response.body() == null ? "" : response.body();
        Matcher title = HTML_TITLE.matcher(body);
        if (title.find()) {
            return title.group(1).strip();
        }
        Matcher json = JSON_MESSAGE.matcher(body);
        if (json.find()) {
            return json.group(1).replace("\\\"", "\"");
        }
        String text = body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
