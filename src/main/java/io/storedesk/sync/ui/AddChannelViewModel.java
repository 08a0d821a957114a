package io.storedesk.sync.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.common.UserFacingException;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.ChannelEndpoint;
import io.storedesk.sync.engine.ChannelSetup;
import io.storedesk.sync.engine.NewChannel;
import io.storedesk.ui.TaskRunner;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The "Add channel" form: kind, name, API address, currency, how it signs in, the adapter's settings; each
 * refusal lands beside its field in the person's language. Typed secrets are written in and never read back
 * out: no property holds them, and they are forgotten once the channel is added.
 */
public final class AddChannelViewModel {

    /** The sign-in kinds first, in the order people know them; other installed kinds (a test adapter) after. */
    static final List<ChannelKind> PREFERRED = List.of(ChannelKind.SHOPIFY, ChannelKind.WOOCOMMERCE, ChannelKind.ODOO);

    private final ChannelSetup setup;
    private final TaskRunner tasks;
    private final Supplier<String> user;
    private final List<ChannelKind> kinds;
    private final ObjectProperty<ChannelKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<SignInMode> signIn = new SimpleObjectProperty<>(this, "signIn", SignInMode.TYPED);
    private final Map<ChannelField, StringProperty> texts = new EnumMap<>(ChannelField.class);
    private final Map<ChannelField, String> secrets = new EnumMap<>(ChannelField.class);
    private final ObservableMap<ChannelField, MessageKey> errors = FXCollections.observableHashMap();
    private final ObservableMap<ChannelField, MessageKey> errorsView = FXCollections.unmodifiableObservableMap(errors);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<ChannelEndpoint> added = new ReadOnlyObjectWrapper<>(this, "added");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    /** installed: the kinds an adapter serves (others cannot be synced, so they are not offered). */
    public AddChannelViewModel(ChannelSetup setup, TaskRunner tasks, Supplier<String> user,
                               Set<ChannelKind> installed) {
        this.setup = setup;
        this.tasks = tasks;
        this.user = user;
        List<ChannelKind> offered = new java.util.ArrayList<>(PREFERRED.stream().filter(installed::contains).toList());
        installed.stream().filter(k -> !PREFERRED.contains(k)).sorted().forEach(offered::add);
        this.kinds = List.copyOf(offered);
        for (ChannelField field : ChannelField.values()) {
            if (!field.secret()) {
                texts.put(field, new SimpleStringProperty(this, field.name(), ""));
            }
        }
        kind.set(kinds.isEmpty() ? null : kinds.get(0));
        kind.addListener((obs, old, now) -> errors.clear());
        signIn.addListener((obs, old, now) -> errors.clear());
    }

    /** The fields the chosen kind and sign-in need, in the order the form shows them. */
    public List<ChannelField> fields() {
        return ChannelForm.fields(kind.get(), signIn.get());
    }

    /** A plain field's text (name, address, variable names, settings). */
    public StringProperty text(ChannelField field) {
        if (field.secret()) {
            throw new IllegalArgumentException(field + " is a secret: write it with type()");
        }
        return texts.get(field);
    }

    /** Takes what was typed into a password field; it cannot be read back. */
    public void type(ChannelField field, String secret) {
        if (!field.secret()) {
            throw new IllegalArgumentException(field + " is not a secret");
        }
        secrets.put(field, secret == null ? "" : secret);
        errors.remove(field);
    }

    /** Checks the form here, then lets the setup add the channel; its refusals land beside their fields too. */
    public void save() {
        if (saving.get()) {
            return;
        }
        errors.clear();
        failure.set(null);
        Map<ChannelField, String> values = new LinkedHashMap<>();
        texts.forEach((field, text) -> values.put(field, text.get() == null ? "" : text.get().strip()));
        secrets.forEach(values::put);
        Map<ChannelField, MessageKey> refused = ChannelForm.check(kind.get(), signIn.get(), values);
        if (!refused.isEmpty()) {
            errors.putAll(refused);
            return;
        }
        NewChannel request = ChannelForm.request(kind.get(), signIn.get(), values);
        saving.set(true);
        tasks.run("sync.ui.task.add", progress -> setup.add(request, user.get()), (ChannelEndpoint endpoint) -> {
            saving.set(false);
            secrets.clear();
            added.set(endpoint);
        }, error -> {
            saving.set(false);
            ChannelField field = error instanceof UserFacingException problem
                    ? ChannelForm.fieldOf(problem.messageKey(), signIn.get()) : null;
            if (field != null) {
                UserFacingException problem = (UserFacingException) error;
                errors.put(field, new MessageKey(problem.messageKey(), problem.arguments()));
            } else {
                failure.set(error);
            }
        });
    }

    public List<ChannelKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ChannelKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<SignInMode> signInProperty() {
        return signIn;
    }

    /** What is wrong with which field, in message keys. */
    public ObservableMap<ChannelField, MessageKey> errors() {
        return errorsView;
    }

    /** The plain fields' properties, for checks that nothing secret is exposed. */
    Collection<StringProperty> plainProperties() {
        return texts.values();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The channel once added (the dialog closes then). */
    public ReadOnlyObjectProperty<ChannelEndpoint> addedProperty() {
        return added.getReadOnlyProperty();
    }

    /** A problem that belongs to no field (the key file cannot be written, ...). */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
