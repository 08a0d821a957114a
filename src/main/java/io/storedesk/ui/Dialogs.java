package io.storedesk.ui;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;

/**
 * Gives dialogs' standard buttons the desk's language, and the look and CJK font of the window that opens them.
 * JavaFX names OK and Cancel once, in the language the JVM started with, so a desk switched to Chinese would
 * otherwise still ask "OK / Cancel".
 */
public final class Dialogs {

    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "dialog.ok", ButtonType.CANCEL,
            "dialog.cancel", ButtonType.CLOSE, "dialog.close", ButtonType.YES, "dialog.yes", ButtonType.NO, "dialog.no",
            ButtonType.APPLY, "dialog.apply");

    private Dialogs() {
    }

    /**
     * Names the dialog's standard buttons in the current language, now and whenever its buttons change; when it
     * shows, it takes the stylesheet and CJK font of its owner (a dialog is a window of its own, Theme.follow).
     */
    public static <D extends Dialog<?>> D localised(D dialog, I18n i18n) {
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> name(pane, i18n));
        name(pane, i18n);
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, shown -> {
            if (pane.getScene() != null) {
                Theme.follow(pane.getScene(), dialog.getOwner());
            }
        });
        return dialog;
    }

    private static void name(DialogPane pane, I18n i18n) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button button) {
                button.setText(i18n.get(key));
            }
        }
    }
}
