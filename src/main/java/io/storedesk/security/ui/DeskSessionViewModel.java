package io.storedesk.security.ui;

import io.storedesk.security.Access;
import io.storedesk.security.IdleTimer;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.SignIn;
import io.storedesk.ui.TaskRunner;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Who works at this window and whether it is locked: the lock screen shows while nobody is signed in (a claimed
 * store at start, after sign-out, after the idle timeout); the account menu follows the person and the store's
 * state. Access changes arrive on any thread and are handed to the window's thread through uiThread.
 */
public final class DeskSessionViewModel {

    private final Access access;
    private final SignIn signIn;
    private final TaskRunner tasks;
    private final Callable<Boolean> claimedSource;
    private final Callable<Duration> idleLockSource;
    private final IdleTimer idle;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper claimed = new ReadOnlyBooleanWrapper(this, "claimed");
    private final ReadOnlyBooleanWrapper mayManageUsers = new ReadOnlyBooleanWrapper(this, "mayManageUsers");
    private final ReadOnlyObjectWrapper<Principal> principal = new ReadOnlyObjectWrapper<>(this, "principal");
    private String lastUsername = "";

    public DeskSessionViewModel(Access access, SignIn signIn, TaskRunner tasks, Callable<Boolean> claimedSource,
                                Callable<Duration> idleLockSource, Clock clock, Executor uiThread) {
        this.access = access;
        this.signIn = signIn;
        this.tasks = tasks;
        this.claimedSource = claimedSource;
        this.idleLockSource = idleLockSource;
        this.idle = new IdleTimer(clock, Duration.ZERO);
        listen(access, new WeakReference<>(this), uiThread);
        follow();
    }

    /**
     * Access outlives windows (tests build many windows on one store's services), so it holds this model only
     * weakly: a closed window and everything it shows can go.
     */
    private static void listen(Access access, WeakReference<DeskSessionViewModel> model, Executor uiThread) {
        access.onChange(grant -> {
            DeskSessionViewModel alive = model.get();
            if (alive != null) {
                uiThread.execute(alive::follow);
            }
        });
    }

    /** Reads whether the store is claimed and the idle timeout (the database, so off the window's thread). */
    public void refresh() {
        tasks.run("security.auth.task.state", progress -> new Object[] {claimedSource.call(), idleLockSource.call()},
                state -> {
                    claimed.set((Boolean) state[0]);
                    idle.setTimeout((Duration) state[1]);
                    idle.touch();
                }, error -> { });
    }

    /** Someone used the window. */
    public void touched() {
        idle.touch();
    }

    /** Locks the window when it has been idle for the timeout (only a claimed store has a password to ask). */
    public void checkIdle() {
        if (claimed.get() && !locked.get() && idle.isIdle()) {
            signOut();
        }
    }

    public void signOut() {
        signIn.signOut();
    }

    /** The store was just claimed (the desk now works as the new administrator). */
    public void claimedNow() {
        claimed.set(true);
        idle.touch();
    }

    /** The user name the lock screen offers: whoever worked here last. */
    public String lastUsername() {
        return lastUsername;
    }

    private void follow() {
        Principal now = access.principal();
        boolean nobody = SignIn.NOBODY.equals(now);
        if (!nobody) {
            lastUsername = now.username();
            idle.touch();
        }
        principal.set(now);
        mayManageUsers.set(access.allows(Permission.USERS));
        locked.set(nobody);
        if (nobody) {
            claimed.set(true);
        }
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty claimedProperty() {
        return claimed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayManageUsersProperty() {
        return mayManageUsers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Principal> principalProperty() {
        return principal.getReadOnlyProperty();
    }
}
