package io.storedesk.security;

import java.time.Instant;

/** What sign-in needs to know of one user, hash included; stays inside this package. */
record LoginState(long id, Principal principal, boolean active, String passwordHash, int failedAttempts,
                  Instant lockedUntil) {
}
