package io.storedesk.ui;

import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.lang.ref.WeakReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the signed-in role may do, for a view model's can… properties. The services refuse regardless; this only
 * spares a person buttons that would be refused. Until told otherwise everything is allowed, as for the local owner.
 */
public final class RoleRights {

    private final ReadOnlyObjectWrapper<Set<Permission>> granted = new ReadOnlyObjectWrapper<>(this, "granted",
            Set.copyOf(EnumSet.allOf(Permission.class)));

    /** Called on the window's thread (see {@link #follow}). */
    public void update(Set<Permission> permissions) {
        granted.set(Set.copyOf(permissions));
    }

    public ReadOnlyObjectProperty<Set<Permission>> grantedProperty() {
        return granted.getReadOnlyProperty();
    }

    /** True while the role holds every one of the permissions. */
    public BooleanBinding allows(Permission... needed) {
        List<Permission> all = List.of(needed);
        return Bindings.createBooleanBinding(() -> granted.get().containsAll(all), granted);
    }

    /**
     * Keeps the rights in step with the desk's access: now, and after every switch (sign-in, sign-out, a changed
     * matrix), handed to uiThread (the window's thread; a test runs it at once).
     */
    public static void follow(Access access, Executor uiThread, RoleRights rights) {
        rights.update(access.grant().permissions());
        // Access outlives windows (tests build many on one store's services): it holds the rights only weakly, so a
        // closed window's view models can go.
        WeakReference<RoleRights> held = new WeakReference<>(rights);
        access.onChange(grant -> {
            RoleRights alive = held.get();
            if (alive != null) {
                uiThread.execute(() -> alive.update(grant.permissions()));
            }
        });
    }
}
