package io.storedesk.ui;

import io.storedesk.common.Messages;
import io.storedesk.common.UserFacingException;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The window's language. Labels bind to {@link #text}, so switching the language relabels the whole
 * window at once; formats of numbers, money and dates follow the same locale.
 */
public final class I18n {

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private Messages messages;

    public I18n(Locale initial) {
        locale.set(Messages.supported(initial));
    }

    /**
     * The bundle of the current locale, looked up from the property itself: bindings re-evaluate during
     * the locale's invalidation, before any change listener could have refreshed a cached field.
     */
    private Messages messages() {
        Locale current = locale.get();
        if (messages == null || !messages.locale().equals(current)) {
            messages = new Messages(current);
        }
        return messages;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale newLocale) {
        locale.set(Messages.supported(newLocale));
    }

    public boolean has(String key) {
        return messages().has(key);
    }

    public String get(String key, Object... arguments) {
        return messages().get(key, arguments);
    }

    public String describe(Throwable failure) {
        if (failure instanceof UserFacingException problem) {
            return messages().describe(problem);
        }
        return get("error.unexpected", failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /** Text that follows the language. */
    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), locale);
    }

    /** Text with arguments that change (counts, names): follows the language and the values. */
    public StringBinding text(String key, ObservableValue<?>... arguments) {
        Observable[] dependencies = new Observable[arguments.length + 1];
        dependencies[0] = locale;
        System.arraycopy(arguments, 0, dependencies, 1, arguments.length);
        Callable<String> compute = () -> {
            Object[] values = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = arguments[i].getValue();
            }
            return get(key, values);
        };
        return Bindings.createStringBinding(compute, dependencies);
    }

    public Formats formats() {
        return new Formats(locale());
    }
}
