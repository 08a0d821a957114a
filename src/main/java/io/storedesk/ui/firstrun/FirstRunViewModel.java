package io.storedesk.ui.firstrun;

import io.storedesk.Services;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.backup.BackupFrequency;
import io.storedesk.ui.TaskRunner;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run wizard: one page at a time, each checked before the next; Finish creates the store through
 * {@link FirstRunSetup} and hands the open services on. Nothing is written before Finish.
 */
public final class FirstRunViewModel {

    /** The same rule as {@code UserAccounts}, checked early so the page can say so before anything is created. */
    static final int MIN_PASSWORD_LENGTH = 8;

    private final FirstRunSetup setup;
    private final TaskRunner tasks;
    private final Path usualDirectory;
    private final ReadOnlyObjectWrapper<FirstRunStep> step = new ReadOnlyObjectWrapper<>(this, "step",
            FirstRunStep.LANGUAGE);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<ShopStart> shop = new SimpleObjectProperty<>(this, "shop", ShopStart.DEMO);
    private final BooleanProperty withoutSignIn = new SimpleBooleanProperty(this, "withoutSignIn", false);
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final StringProperty dataDirectory = new SimpleStringProperty(this, "dataDirectory");
    private final BooleanProperty addChannel = new SimpleBooleanProperty(this, "addChannel", false);
    private final ObjectProperty<BackupFrequency> backups = new SimpleObjectProperty<>(this, "backups",
            BackupFrequency.DEFAULT);
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private Consumer<FirstRunResult> onFinished = result -> { };

    /**
     * @param dataDirectory the directory the store would open in (shown; may be changed)
     * @param usualDirectory the directory used when nothing is remembered; another choice is remembered
     */
    public FirstRunViewModel(FirstRunSetup setup, TaskRunner tasks, Locale language, Path dataDirectory,
            Path usualDirectory) {
        this.setup = setup;
        this.tasks = tasks;
        this.usualDirectory = usualDirectory.toAbsolutePath().normalize();
        this.language.set(language);
        this.dataDirectory.set(dataDirectory.toString());
    }

    /** Checks the current page and moves to the next one; a refusal stays on the page and says why. */
    public void next() {
        failure.set(null);
        try {
            check(step.get());
        } catch (RefusedInputException e) {
            failure.set(e);
            return;
        }
        if (!isLast()) {
            step.set(FirstRunStep.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        failure.set(null);
        if (step.get().ordinal() > 0) {
            step.set(FirstRunStep.values()[step.get().ordinal() - 1]);
        }
    }

    public boolean isLast() {
        return step.get().ordinal() == FirstRunStep.values().length - 1;
    }

    /** Every page checked, the choices as the store will be created from them. */
    public FirstRunChoices choices() {
        for (FirstRunStep page : FirstRunStep.values()) {
            check(page);
        }
        Path directory = directory();
        Optional<Administrator> admin = withoutSignIn.get() ? Optional.empty() : Optional.of(new Administrator(
                username.get().strip(), displayName.get().strip(), password.get()));
        return new FirstRunChoices(language.get(), shop.get(), admin, directory, !directory.equals(usualDirectory),
                addChannel.get(), backups.get());
    }

    /**
     * Creates the store in the background; on success hands the open services on. A refusal (say the claim's
     * password rule) returns to the page it concerns, with nothing else created.
     */
    public void finish() {
        failure.set(null);
        FirstRunChoices choices;
        try {
            choices = choices();
        } catch (RefusedInputException e) {
            failure.set(e);
            return;
        }
        working.set(true);
        tasks.run("firstRun.task.create", progress -> setup.apply(choices, progress), services -> {
            onFinished.accept(new FirstRunResult(choices, services));
            working.set(false);
        }, error -> {
            working.set(false);
            if (error instanceof RefusedInputException refused && choices.administrator().isPresent()
                    && refused.messageKey().startsWith("security.users.")) {
                step.set(FirstRunStep.ADMINISTRATOR);
            }
            failure.set(error);
        });
    }

    private void check(FirstRunStep page) {
        switch (page) {
            case LANGUAGE -> require(language.get() != null, "firstRun.error.language");
            case SHOP -> require(shop.get() != null, "firstRun.error.shop");
            case ADMINISTRATOR -> checkAdministrator();
            case DATA_DIRECTORY -> directory();
            case CHANNEL -> { }
            case BACKUPS -> require(backups.get() != null, "firstRun.error.backups");
        }
    }

    private void checkAdministrator() {
        if (withoutSignIn.get()) {
            return;
        }
        require(!username.get().isBlank(), "firstRun.error.username");
        if (password.get().codePointCount(0, password.get().length()) < MIN_PASSWORD_LENGTH) {
            throw new RefusedInputException("security.users.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        require(password.get().equals(repeat.get()), "security.users.passwordsDiffer");
    }

    private Path directory() {
        String text = dataDirectory.get() == null ? "" : dataDirectory.get().strip();
        require(!text.isEmpty(), "firstRun.error.directory");
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new RefusedInputException("firstRun.error.badDirectory", text);
        }
    }

    private static void require(boolean holds, String key) {
        if (!holds) {
            throw new RefusedInputException(key);
        }
    }

    /** Called on the window's thread once the store is created. */
    public void onFinished(Consumer<FirstRunResult> listener) {
        this.onFinished = listener;
    }

    public ReadOnlyObjectProperty<FirstRunStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<ShopStart> shopProperty() {
        return shop;
    }

    /** "Skip: use without sign-in" keeps today's unclaimed store. */
    public BooleanProperty withoutSignInProperty() {
        return withoutSignIn;
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

    public StringProperty dataDirectoryProperty() {
        return dataDirectory;
    }

    public BooleanProperty addChannelProperty() {
        return addChannel;
    }

    public ObjectProperty<BackupFrequency> backupsProperty() {
        return backups;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What the wizard created: the choices and the open store's services. */
    public record FirstRunResult(FirstRunChoices choices, Services services) {
    }
}
