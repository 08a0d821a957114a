package io.storedesk.security.ui;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.SignIn;
import io.storedesk.security.UserAccounts;
import io.storedesk.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Change my password…": the current password, the new one twice. The rules are those of `storedesk user passwd`
 * (at least eight characters, not the user name); a wrong current password counts towards the lockout as at
 * sign-in. The three fields are cleared after every try.
 */
public final class OwnPasswordViewModel {

    private final SignIn signIn;
    private final UserAccounts users;
    private final TaskRunner tasks;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty fresh = new SimpleStringProperty(this, "fresh", "");
    private final StringProperty repeated = new SimpleStringProperty(this, "repeated", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    public OwnPasswordViewModel(SignIn signIn, UserAccounts users, TaskRunner tasks) {
        this.signIn = signIn;
        this.users = users;
        this.tasks = tasks;
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        String old = text(current);
        String next = text(fresh);
        String again = text(repeated);
        current.set("");
        fresh.set("");
        repeated.set("");
        failure.set(null);
        changed.set(false);
        if (!next.equals(again)) {
            failure.set(new RefusedInputException("security.users.passwordsDiffer"));
            return;
        }
        busy.set(true);
        tasks.run("security.password.task", progress -> {
            signIn.confirmPassword(old);
            users.changeOwnPassword(old, next);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            changed.set(true);
        }, error -> {
            busy.set(false);
            failure.set(error);
        });
    }

    private static String text(StringProperty field) {
        return field.get() == null ? "" : field.get();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty freshProperty() {
        return fresh;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after the last try changed the password. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Why the last try was refused (null after a success or before any try). */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
