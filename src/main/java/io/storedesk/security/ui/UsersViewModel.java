package io.storedesk.security.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.security.NewUser;
import io.storedesk.security.Role;
import io.storedesk.security.UserAccount;
import io.storedesk.security.UserAccounts;
import io.storedesk.ui.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The users list of "Users and roles…" (each person's role, team and warehouse): add a person, change the
 * selected person's role, team and warehouse, deactivate them, set their password. Each edit saves against the
 * version the list showed, so a change made meanwhile at another desk comes back as a conflict message and the
 * list reloads.
 */
public final class UsersViewModel {

    private final UserAccounts users;
    private final TaskRunner tasks;
    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newUsername = new SimpleStringProperty(this, "newUsername", "");
    private final StringProperty newDisplayName = new SimpleStringProperty(this, "newDisplayName", "");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(this, "newRole", Role.OPERATOR);
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty teamCode = new SimpleStringProperty(this, "teamCode", "");
    private final StringProperty warehouseCode = new SimpleStringProperty(this, "warehouseCode", "");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<MessageKey> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private String placeFilledFor;

    public UsersViewModel(UserAccounts users, TaskRunner tasks) {
        this.users = users;
        this.tasks = tasks;
        // The place fields start from where the selected person works, so changing one keeps the other. The list
        // re-read after an edit selects the same person again (through no selection while the table refills):
        // what was typed for them stays, after a refusal too.
        selected.addListener((obs, old, now) -> {
            if (now == null || now.username().equals(placeFilledFor)) {
                return;
            }
            placeFilledFor = now.username();
            teamCode.set(now.team() == null ? "" : now.team().code());
            warehouseCode.set(now.warehouse() == null ? "" : now.warehouse().code());
        });
    }

    public void refresh() {
        tasks.run("security.users.task.load", progress -> users.list(), this::show, failure::set);
    }

    /** Adds the person in the form (password optional: without one they cannot sign in). */
    public void add() {
        NewUser user = new NewUser(newUsername.get(), newDisplayName.get(), newRole.get());
        String password = newPassword.get();
        newPassword.set("");
        edit(() -> users.add(user, password.isEmpty() ? null : password), "security.users.notice.added", () -> {
            newUsername.set("");
            newDisplayName.set("");
        });
    }

    public void changeRole(Role role) {
        UserAccount account = selected.get();
        if (account != null && role != null && role != account.role()) {
            edit(() -> users.changeRole(account.username(), role, account.version()),
                    "security.users.notice.roleChanged", () -> { });
        }
    }

    /** Puts the selected person in the team and warehouse with the codes typed (blank: none). */
    public void changePlace() {
        UserAccount account = selected.get();
        if (account != null) {
            String team = teamCode.get();
            String warehouse = warehouseCode.get();
            edit(() -> users.changePlace(account.username(), team, warehouse, account.version()),
                    "security.users.notice.placeChanged", () -> { });
        }
    }

    public void deactivate() {
        UserAccount account = selected.get();
        if (account != null) {
            edit(() -> users.deactivate(account.username(), account.version()), "security.users.notice.deactivated",
                    () -> { });
        }
    }

    public void resetPassword(String password) {
        UserAccount account = selected.get();
        if (account != null) {
            edit(() -> users.resetPassword(account.username(), password, account.version()),
                    "security.users.notice.passwordSet", () -> { });
        }
    }

    /** Runs one edit; success says so and reloads, a refusal (a conflict too) is shown and the list reloads. */
    private void edit(Supplier<UserAccount> change, String doneKey, Runnable afterwards) {
        failure.set(null);
        notice.set(null);
        tasks.run("security.users.task.save", progress -> {
            UserAccount changed = change.get();
            return new Object[] {changed, users.list()};
        }, result -> {
            UserAccount changed = (UserAccount) result[0];
            @SuppressWarnings("unchecked")
            List<UserAccount> all = (List<UserAccount>) result[1];
            afterwards.run();
            show(all);
            notice.set(new MessageKey(doneKey, changed.username()));
        }, error -> {
            failure.set(error);
            tasks.run("security.users.task.load", progress -> users.list(), this::show, e -> { });
        });
    }

    private void show(List<UserAccount> all) {
        String keep = selected.get() == null ? null : selected.get().username();
        accounts.setAll(all);
        selected.set(all.stream().filter(a -> a.username().equals(keep)).findFirst().orElse(null));
    }

    public ObservableList<UserAccount> accounts() {
        return FXCollections.unmodifiableObservableList(accounts);
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    public StringProperty newUsernameProperty() {
        return newUsername;
    }

    public StringProperty newDisplayNameProperty() {
        return newDisplayName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    /** The team code for {@link #changePlace()}; blank takes the person out of their team. */
    public StringProperty teamCodeProperty() {
        return teamCode;
    }

    /** The warehouse code for {@link #changePlace()}; blank takes the person out of their warehouse. */
    public StringProperty warehouseCodeProperty() {
        return warehouseCode;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the last edit did, as a message key (null after a refusal). */
    public ReadOnlyObjectProperty<MessageKey> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
