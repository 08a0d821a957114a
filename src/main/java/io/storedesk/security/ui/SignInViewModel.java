package io.storedesk.security.ui;

import io.storedesk.security.Principal;
import io.storedesk.security.SignIn;
import io.storedesk.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock screen's form: user name and password, and why the last try failed (wrong password, locked until …,
 * deactivated). The password is cleared after every try, right or wrong.
 */
public final class SignInViewModel {

    private final SignIn signIn;
    private final TaskRunner tasks;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Principal> signedIn = new ReadOnlyObjectWrapper<>(this, "signedIn");

    public SignInViewModel(SignIn signIn, TaskRunner tasks) {
        this.signIn = signIn;
        this.tasks = tasks;
    }

    /** Offers a user name (the person who worked here last) and forgets the last failure. */
    public void reset(String lastUsername) {
        username.set(lastUsername == null ? "" : lastUsername);
        password.set("");
        failure.set(null);
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String name = username.get() == null ? "" : username.get().strip();
        String typed = password.get() == null ? "" : password.get();
        password.set("");
        failure.set(null);
        busy.set(true);
        tasks.run("security.auth.task.signIn", progress -> signIn.signIn(name, typed), who -> {
            busy.set(false);
            signedIn.set(who);
        }, error -> {
            busy.set(false);
            failure.set(error);
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last try's refusal (null after a success or before any try). */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Who signed in last through this form. */
    public ReadOnlyObjectProperty<Principal> signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }
}
