package io.storedesk.security;

/** The person the desk works for: who changes are attributed to and whose role's permissions apply. */
public record Principal(String username, String displayName, Role role) {
}
