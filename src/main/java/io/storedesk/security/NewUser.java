package io.storedesk.security;

/** Who to add: a unique user name, the name shown, the role, and optionally a team and a warehouse. */
public record NewUser(String username, String displayName, Role role, Long teamId, Long warehouseId) {

    public NewUser(String username, String displayName, Role role) {
        this(username, displayName, role, null, null);
    }
}
