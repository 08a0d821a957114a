package io.storedesk.security;

import java.time.Instant;

/**
 * A person as the administrator manages them: role, where they work (team and warehouse, null = none), whether
 * they may sign in, and the version an edit must still match (optimistic locking). Never carries the password
 * hash.
 */
public record UserAccount(long id, String username, String displayName, Role role, Place team, Place warehouse,
                          boolean active, boolean hasPassword, Instant lastLoginAt, Instant lockedUntil,
                          int version) {

    public Principal principal() {
        return new Principal(username, displayName, role);
    }

    public Long teamId() {
        return team == null ? null : team.id();
    }

    public Long warehouseId() {
        return warehouse == null ? null : warehouse.id();
    }

    /** A team or warehouse a person belongs to: its code (what the administrator types) and its name. */
    public record Place(long id, String code, String name) {
    }
}
