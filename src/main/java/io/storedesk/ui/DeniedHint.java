package io.storedesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

/**
 * Says why an action is switched off for the signed-in role. The disabling itself is bound where the control's
 * other reasons are (a control has one disable binding); this adds the tooltip that names the reason.
 */
public final class DeniedHint {

    private DeniedHint() {
    }

    /** Disables the control (which has no disable binding of its own) and explains it while the role may not. */
    public static void disableUnless(Control control, ObservableBooleanValue allowed, I18n i18n) {
        control.disableProperty().bind(Bindings.not(allowed));
        explain(control, allowed, i18n);
    }

    /**
     * A tooltip naming the missing right while the role may not; the control's own tooltip otherwise. A denied
     * control is disabled, and JavaFX shows no tooltip on a disabled control, so the scene shows this one on hover.
     */
    public static void explain(Control control, ObservableBooleanValue allowed, I18n i18n) {
        Tooltip own = control.getTooltip();
        Tooltip denied = tooltip(i18n);
        control.tooltipProperty().bind(Bindings.createObjectBinding(() -> allowed.get() ? own : denied, allowed));
        DisabledHover.install(control, tooltip(i18n), Bindings.not(allowed));
    }

    private static Tooltip tooltip(I18n i18n) {
        Tooltip tooltip = new Tooltip();
        tooltip.getStyleClass().add("denied-hint");
        tooltip.textProperty().bind(i18n.text("security.enforce.notAllowed"));
        return tooltip;
    }

    /** A menu item has no tooltip: it is disabled, and its menu button carries the explanation. */
    public static void disableUnless(MenuItem item, ObservableBooleanValue allowed) {
        item.disableProperty().bind(Bindings.not(allowed));
    }
}
