package io.storedesk.security.ui;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.UserAccount;
import io.storedesk.security.UserAccounts;
import io.storedesk.ui.TaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Set up sign-in…": the first administrator's name and password, typed twice; saving claims the store. */
public final class ClaimStoreViewModel {

    private final UserAccounts users;
    private final TaskRunner tasks;
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<UserAccount> created = new ReadOnlyObjectWrapper<>(this, "created");

    public ClaimStoreViewModel(UserAccounts users, TaskRunner tasks) {
        this.users = users;
        this.tasks = tasks;
    }

    public void save() {
        failure.set(null);
        if (!password.get().equals(repeat.get())) {
            failure.set(new RefusedInputException("security.users.passwordsDiffer"));
            return;
        }
        String name = username.get();
        String shown = displayName.get();
        String typed = password.get();
        tasks.run("security.users.task.claim", progress -> users.claim(name, shown, typed), created::set,
                failure::set);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The administrator, once created. */
    public ReadOnlyObjectProperty<UserAccount> createdProperty() {
        return created.getReadOnlyProperty();
    }
}
