package io.storedesk.sync;

/**
 * A call to a remote that did not succeed, with the remote's own words where it gave any (remoteMessage,
 * shown to the user as is) and the HTTP status (0 = no answer).
 */
public final class RemoteFault extends RuntimeException {

    /** What went wrong, which decides whether the engine retries later, stops the run or asks the user. */
    public enum Kind {
        /** Wrong or expired credentials, or no permission: stop and tell the user. */
        AUTH,
        /** Still refused for rate after the transport's retries. */
        RATE_LIMITED,
        /** 5xx after retries. */
        SERVER,
        /** No connection, reset, timeout, or a body cut short, after retries. */
        NETWORK,
        /** An answer that is not what the API documents (HTML instead of JSON, malformed JSON, missing fields). */
        BAD_RESPONSE,
        /** The remote understood and refused (4xx other than auth and rate). */
        REJECTED
    }

    private final Kind kind;
    private final int status;
    private final String remoteMessage;

    public RemoteFault(Kind kind, int status, String remoteMessage, Throwable cause) {
        super(kind + (status > 0 ? " (HTTP " + status + ")" : "") + (remoteMessage == null ? "" : ": " + remoteMessage),
                cause);
        this.kind = kind;
        this.status = status;
        this.remoteMessage = remoteMessage;
    }

    public RemoteFault(Kind kind, int status, String remoteMessage) {
        this(kind, status, remoteMessage, null);
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String remoteMessage() {
        return remoteMessage;
    }

    /** Whether trying again later may succeed without the user doing anything. */
    public boolean transientFault() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER || kind == Kind.NETWORK;
    }
}
