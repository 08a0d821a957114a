package io.storedesk.security;

import java.util.Set;

/**
 * A person who works in StoreDesk. skills are the ticket types they can take. A user without a
 * password cannot sign in (e.g. the demo shop's agents). id 0 = not yet stored.
 */
public record User(long id, String username, String displayName, Role role, Long teamId, Long warehouseId,
                   boolean active, boolean onDuty, Set<String> skills) {

    public User {
        skills = Set.copyOf(skills);
    }
}
