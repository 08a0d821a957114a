package io.storedesk.security;

import java.time.Instant;

/**
 * A person as the administrator manages them: role, where they work, whether they may sign in, and the version
 * an edit must still match (optimistic locking). Never carries the password hash.
 */
public record UserAccount(long id, String username, String displayName, Role role, Long teamId, Long warehouseId,
                          boolean active, boolean hasPassword, Instant lastLoginAt, Instant lockedUntil,
                          int version) {

    public Principal principal() {
        return new Principal(username, displayName, role);
    }
}
