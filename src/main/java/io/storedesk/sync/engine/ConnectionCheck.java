package io.storedesk.sync.engine;

import io.storedesk.common.UserFacingException;
import io.storedesk.sync.RemoteFault;

/**
 * What testing a channel's connection found: ok, or the remote's refusal (fault kind, HTTP status and the
 * remote's own words, to show as they are), or a problem on our side (problem, e.g. an unset variable).
 */
public record ConnectionCheck(boolean ok, RemoteFault.Kind fault, int status, String remoteMessage,
                              UserFacingException problem) {

    public static ConnectionCheck passed() {
        return new ConnectionCheck(true, null, 0, null, null);
    }

    public static ConnectionCheck refused(RemoteFault fault) {
        return new ConnectionCheck(false, fault.kind(), fault.status(), fault.remoteMessage(), null);
    }

    public static ConnectionCheck problem(UserFacingException problem) {
        return new ConnectionCheck(false, null, 0, null, problem);
    }
}
