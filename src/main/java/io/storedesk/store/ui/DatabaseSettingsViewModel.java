package io.storedesk.store.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.SavedConnection;
import io.storedesk.store.StoreConfig;
import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Database connection…" dialog: which store this desk has open, and the choice for the next start — this
 * computer's file or a PostgreSQL server (address, user, password) — with "Test connection" and "Save" run
 * off the window's thread (decision 0031).
 */
public final class DatabaseSettingsViewModel {

    /** Signs in to a server once and returns its version, or refuses with the reason (ServerCheck in the app). */
    @FunctionalInterface
    public interface ServerTester {
        String check(String url, String user, String password);
    }

    private final StoreConfig current;
    private final SavedConnection saved;
    private final ServerTester tester;
    private final Access access;
    private final TaskRunner tasks;
    private final BooleanProperty useServer = new SimpleBooleanProperty(this, "useServer");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper passwordSaved = new ReadOnlyBooleanWrapper(this, "passwordSaved");
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper(this, "overridden");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /**
     * startNamesServer: STOREDESK_DB_URL (or --db-url) is set for this start and wins over the saved choice; a
     * server open now that is not the saved one is recognised on {@link #load()} as well.
     */
    public DatabaseSettingsViewModel(StoreConfig current, SavedConnection saved, boolean startNamesServer,
                                     ServerTester tester, Access access, TaskRunner tasks) {
        this.current = current;
        this.saved = saved;
        this.tester = tester;
        this.access = access;
        this.tasks = tasks;
        overridden.set(startNamesServer);
        if (current.isServer()) {
            useServer.set(true);
            url.set(current.displayUrl());
            user.set(current.user() == null ? "" : current.user());
        }
    }

    /** What the desk has open now: the H2 file, or the server's address and user. */
    public MessageKey currentStore() {
        return current.isServer()
                ? new MessageKey("database.current", new MessageKey("database.current.server", current.displayUrl(),
                        current.user()))
                : new MessageKey("database.current", new MessageKey("database.current.file",
                        current.dataDirectory().toAbsolutePath()));
    }

    /** Reads the saved choice into the form (a saved server fills address and user; the password never shows). */
    public void load() {
        run("database.task.load", work -> new Loaded(saved.server(), saved.hasPassword()), loaded -> {
            loaded.server().ifPresent(server -> {
                useServer.set(true);
                url.set(server.url());
                user.set(server.user());
            });
            passwordSaved.set(loaded.passwordSaved());
            // A server open now that is not the saved one came from --db-url (or the environment).
            boolean openedAsSaved = loaded.server().map(s -> s.url().equals(current.jdbcUrl())).orElse(false);
            overridden.set(overridden.get() || current.isServer() && !openedAsSaved);
        });
    }

    public void testConnection() {
        String address = url.get();
        String name = user.get();
        String secret = password.get();
        run("database.task.test", work -> tester.check(address, name, secret),
                version -> notice.set(Notice.done("database.ok", version)));
    }

    /** Saves the choice for the next start; an empty password keeps the one saved for the same server. */
    public void save() {
        boolean server = useServer.get();
        String address = url.get() == null ? "" : url.get().strip();
        String name = user.get() == null ? "" : user.get().strip();
        String secret = password.get() == null || password.get().isEmpty() ? null : password.get();
        run("database.task.save", work -> {
            access.require(Permission.SETTINGS);
            if (!server) {
                saved.useThisComputer();
                return false;
            }
            if (address.isEmpty()) {
                throw new RefusedInputException("database.error.urlRequired");
            }
            saved.useServer(address, name, secret);
            return saved.hasPassword();
        }, hasPassword -> {
            password.set("");
            passwordSaved.set(hasPassword);
            notice.set(Notice.done("database.saved"));
        });
    }

    public void dismissNotice() {
        notice.set(null);
    }

    private <T> void run(String title, BackgroundWork<T> work, Consumer<T> done) {
        busy.set(true);
        notice.set(null);
        tasks.run(title, work, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            notice.set(Notice.problem(error));
        });
    }

    private record Loaded(Optional<SavedConnection.Server> server, boolean passwordSaved) {
    }

    public BooleanProperty useServerProperty() {
        return useServer;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty passwordSavedProperty() {
        return passwordSaved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
