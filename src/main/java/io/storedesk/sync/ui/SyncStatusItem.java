package io.storedesk.sync.ui;

import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status bar's sync item ("Sync idle · 3 changes waiting"); reads the state now and every minute. */
public final class SyncStatusItem {

    private final Label label = new Label();

    public SyncStatusItem(SyncStatusViewModel model, I18n i18n) {
        label.setId("status-sync");
        FontIcon icon = Icon.SYNC.node();
        label.setGraphic(icon);
        label.textProperty().bind(Bindings.createStringBinding(() -> text(i18n, model.stateProperty().get()),
                model.stateProperty(), i18n.localeProperty()));
        model.stateProperty().addListener((obs, old, now) -> {
            icon.setIconCode(now.kind() == SyncState.Kind.FAILED || now.kind() == SyncState.Kind.PARTIAL
                    ? Icon.SYNC_FAILED.glyph() : Icon.SYNC.glyph());
            label.getStyleClass().remove("danger");
            if (now.kind() == SyncState.Kind.FAILED) {
                label.getStyleClass().add("danger");
            }
        });
        Timeline everyMinute = new Timeline(new KeyFrame(Duration.minutes(1), e -> model.refresh()));
        everyMinute.setCycleCount(Animation.INDEFINITE);
        // Only while the window shows it: a replaced or closed window must not keep reading a closed store.
        ObservableValue<Boolean> showing = label.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, now) -> {
            if (now) {
                everyMinute.play();
            } else {
                everyMinute.stop();
            }
        });
        label.getProperties().put(SyncStatusItem.class, showing);
        model.refresh();
    }

    static String text(I18n i18n, SyncState state) {
        String what = state.channel() == null ? i18n.get("sync.ui.status." + state.kind().name())
                : i18n.get("sync.ui.status." + state.kind().name(), state.channel());
        return state.waiting() == 0 ? what
                : i18n.get("sync.ui.status.waiting", what, state.waiting());
    }

    public Node node() {
        return label;
    }
}
