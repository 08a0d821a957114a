package io.storedesk.security;

import io.storedesk.common.RefusedInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Signing in and out of a desk. A right password switches the desk's {@link Access} to the person and their
 * role's permissions; wrong ones count towards a lockout with back-off ({@link LockoutPolicy}). A wrong name and a
 * wrong password get the same answer after the same work, so neither the text nor the time tells which names
 * exist.
 */
public final class SignIn {

    /** Nobody: a locked desk (claimed store before sign-in, after sign-out or idle lock) holds no permission. */
    public static final Principal NOBODY = new Principal("", "—", Role.AGENT);

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UserRepository users;
    private final PermissionRepository permissions;
    private final PasswordHasher hasher;
    private final LockoutPolicy lockout;
    private final Access access;
    private final Supplier<ZoneId> shopZone;
    private final Clock clock;

    public SignIn(UserRepository users, PermissionRepository permissions, PasswordHasher hasher, LockoutPolicy lockout,
                  Access access, Supplier<ZoneId> shopZone, Clock clock) {
        this.users = users;
        this.permissions = permissions;
        this.hasher = hasher;
        this.lockout = lockout;
        this.access = access;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /**
     * Signs the person in, or refuses: security.auth.wrong (unknown name, no password, wrong password),
     * security.auth.locked (with until when, in the shop's zone), security.auth.deactivated.
     */
    public Principal signIn(String username, String password) {
        String name = username == null ? "" : username.strip();
        Optional<LoginState> found = users.loginState(name);
        if (found.isEmpty()) {
            hasher.spendOneHash(password);
            throw wrong();
        }
        LoginState state = found.get();
        Instant now = clock.instant();
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            throw locked(state.principal(), state.lockedUntil());
        }
        if (!hasher.matches(password == null ? "" : password, state.passwordHash())) {
            if (state.passwordHash() == null || state.passwordHash().isEmpty()) {
                throw wrong();
            }
            int failures = state.failedAttempts() + 1;
            Instant until = lockout.lockedUntil(failures, now).orElse(null);
            users.recordFailure(state.id(), failures, until);
            throw until == null ? wrong() : locked(state.principal(), until);
        }
        if (!state.active()) {
            throw new RefusedInputException("security.auth.deactivated", state.principal().displayName());
        }
        users.recordSignIn(state.id(), now);
        if (hasher.isOutdated(state.passwordHash())) {
            users.replaceHash(state.id(), hasher.hash(password));
        }
        access.switchTo(state.principal(), permissions.grants(state.principal().role()));
        return state.principal();
    }

    /**
     * Checks the signed-in person's own password before they change it. A wrong one counts towards the lockout as
     * at sign-in (security.users.oldPasswordWrong, then security.auth.locked), so the window's password form is
     * no way round it.
     */
    public void confirmPassword(String password) {
        LoginState state = users.loginState(access.principal().username())
                .orElseThrow(() -> new RefusedInputException("security.users.oldPasswordWrong"));
        Instant now = clock.instant();
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            throw locked(state.principal(), state.lockedUntil());
        }
        if (!hasher.matches(password == null ? "" : password, state.passwordHash())) {
            int failures = state.failedAttempts() + 1;
            Instant until = lockout.lockedUntil(failures, now).orElse(null);
            users.recordFailure(state.id(), failures, until);
            throw until == null ? new RefusedInputException("security.users.oldPasswordWrong")
                    : locked(state.principal(), until);
        }
        if (state.failedAttempts() > 0) {
            users.recordFailure(state.id(), 0, null);
        }
    }

    /** Locks the desk: nobody is signed in and nothing is allowed until someone signs in again. */
    public void signOut() {
        access.switchTo(NOBODY, Set.of());
    }

    /** Whether a person (not {@link #NOBODY}) is signed in. */
    public boolean isSignedIn() {
        return !NOBODY.equals(access.principal());
    }

    /** Re-reads the signed-in person's permissions, after the matrix changed. */
    public void refreshPermissions() {
        Principal current = access.principal();
        if (!NOBODY.equals(current)) {
            access.switchTo(current, permissions.grants(current.role()));
        }
    }

    private static RefusedInputException wrong() {
        return new RefusedInputException("security.auth.wrong");
    }

    private RefusedInputException locked(Principal who, Instant until) {
        return new RefusedInputException("security.auth.locked", who.username(),
                UNTIL.format(until.atZone(shopZone.get())));
    }
}
