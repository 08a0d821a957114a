package io.storedesk.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is signed in to this desk and what their role allows. Services call {@link #require} before they change
 * anything, so the window and the command line are held to the same rules. One per desk (Services); the window
 * thread reads it, background work checks it, so the state is swapped as one immutable value.
 */
public final class Access {

    /** The signed-in person and the permissions their role holds at sign-in. */
    public record Grant(Principal principal, Set<Permission> permissions) {

        public Grant {
            permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        }
    }

    private volatile Grant grant;
    private final CopyOnWriteArrayList<Consumer<Grant>> listeners = new CopyOnWriteArrayList<>();

    private Access(Grant grant) {
        this.grant = grant;
    }

    /**
     * A store nobody has claimed yet (no administrator with a password): the operating-system user works as
     * administrator, as with any local file they own. Creating the administrator ends this (decision 0022).
     */
    public static Access localOwner(String osUser) {
        return new Access(new Grant(new Principal(osUser, osUser, Role.ADMIN), EnumSet.allOf(Permission.class)));
    }

    public static Access of(Principal principal, Set<Permission> permissions) {
        return new Access(new Grant(principal, permissions));
    }

    public Principal principal() {
        return grant.principal();
    }

    public Grant grant() {
        return grant;
    }

    public boolean allows(Permission permission) {
        return grant.permissions().contains(permission);
    }

    /** Refuses (AccessDeniedException, a RefusedInputException) unless the signed-in role holds the permission. */
    public void require(Permission permission) {
        Grant current = grant;
        if (!current.permissions().contains(permission)) {
            throw new AccessDeniedException(current.principal(), permission);
        }
    }

    /** Switches to another person (sign-in, sign-out to the lock screen, a changed matrix re-read). */
    public void switchTo(Principal principal, Set<Permission> permissions) {
        Grant next = new Grant(principal, permissions);
        this.grant = next;
        listeners.forEach(l -> l.accept(next));
    }

    /** Told on every switch, on the thread that switched (the window marshals to its own thread). */
    public void onChange(Consumer<Grant> listener) {
        listeners.add(listener);
    }
}
