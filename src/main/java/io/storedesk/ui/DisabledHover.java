package io.storedesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Shows a tooltip over a disabled control. JavaFX gives a disabled control no mouse events, so its own tooltip never
 * appears; the control's scene watches the pointer instead (an event filter sees every move, whatever lies on top)
 * and shows the tooltip while the pointer is over the control and the reason holds.
 */
final class DisabledHover {

    private static final double OFFSET_X = 12;
    private static final double OFFSET_Y = 18;

    private final Control control;
    private final Tooltip tooltip;
    private final ObservableBooleanValue reason;
    private final EventHandler<MouseEvent> pointer = this::pointerMoved;

    private DisabledHover(Control control, Tooltip tooltip, ObservableBooleanValue reason) {
        this.control = control;
        this.tooltip = tooltip;
        this.reason = reason;
    }

    /** Shows tooltip while the control is disabled, reason is true and the pointer is over the control. */
    static void install(Control control, Tooltip tooltip, ObservableBooleanValue reason) {
        DisabledHover hover = new DisabledHover(control, tooltip, reason);
        control.sceneProperty().addListener((obs, old, now) -> hover.moved(old, now));
        hover.moved(null, control.getScene());
        reason.addListener((obs, was, holds) -> {
            if (!holds) {
                tooltip.hide();
            }
        });
    }

    private void moved(Scene from, Scene to) {
        if (from != null) {
            from.removeEventFilter(MouseEvent.ANY, pointer);
            tooltip.hide();
        }
        if (to != null) {
            to.addEventFilter(MouseEvent.ANY, pointer);
        }
    }

    private void pointerMoved(MouseEvent event) {
        boolean over = event.getEventType() != MouseEvent.MOUSE_EXITED_TARGET
                && event.getEventType() != MouseEvent.MOUSE_PRESSED && explains(event.getSceneX(), event.getSceneY());
        if (over && !tooltip.isShowing()) {
            tooltip.show(control, event.getScreenX() + OFFSET_X, event.getScreenY() + OFFSET_Y);
        } else if (!over && tooltip.isShowing()) {
            tooltip.hide();
        }
    }

    private boolean explains(double sceneX, double sceneY) {
        if (!control.isDisabled() || !reason.get() || !shownOnScreen(control)) {
            return false;
        }
        Point2D local = control.sceneToLocal(sceneX, sceneY);
        return local != null && control.contains(local);
    }

    private static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow()
                .isShowing();
    }
}
