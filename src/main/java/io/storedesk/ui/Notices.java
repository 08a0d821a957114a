package io.storedesk.ui;

import io.storedesk.common.MessageKey;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line under a pane's header that says what the last action did, or why it was refused, in the
 * person's language; it stays until dismissed or replaced.
 */
public final class Notices {

    private Notices() {
    }

    /** The bar for a view model's last notice (null hides it). */
    public static HBox bar(String id, I18n i18n, ObservableValue<Notice> notice, Runnable dismiss) {
        var message = Bindings.<MessageKey>createObjectBinding(() -> notice.getValue() == null ? null
                : notice.getValue().message(), notice);
        var failure = Bindings.<Throwable>createObjectBinding(() -> notice.getValue() == null ? null
                : notice.getValue().failure(), notice);
        return bar(id, i18n, message, failure, dismiss);
    }

    /**
     * message and failure: what to show (one of them at a time; both null hides the bar). dismiss: what
     * the close button does.
     */
    public static HBox bar(String id, I18n i18n, ObservableValue<MessageKey> message,
                           ObservableValue<Throwable> failure, Runnable dismiss) {
        Label text = new Label();
        text.setId(id + "-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> failure.getValue() != null
                ? i18n.describe(failure.getValue())
                : message.getValue() == null ? "" : i18n.get(message.getValue().key(), message.getValue().arguments()),
                message, failure, i18n.localeProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, Icon.CLOSE.node());
        close.getStyleClass().addAll("flat", "notice-close");
        close.setOnAction(e -> dismiss.run());
        HBox bar = new HBox(8, text, close);
        bar.setId(id);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice");
        Runnable style = () -> {
            bar.getStyleClass().remove("problem");
            if (failure.getValue() != null) {
                bar.getStyleClass().add("problem");
            }
        };
        failure.addListener((obs, old, now) -> style.run());
        bar.visibleProperty().bind(Bindings.createBooleanBinding(() -> failure.getValue() != null
                || message.getValue() != null, message, failure));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
