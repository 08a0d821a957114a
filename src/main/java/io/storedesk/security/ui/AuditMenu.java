package io.storedesk.security.ui;

import io.storedesk.security.Access;
import io.storedesk.security.AuditTrail;
import io.storedesk.security.Permission;
import io.storedesk.ui.I18n;
import io.storedesk.ui.TaskRunner;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/** The main menu's "Audit log…": opens the viewer; disabled for a role without the settings right. */
public final class AuditMenu {

    private AuditMenu() {
    }

    public static MenuItem item(Supplier<Window> owner, AuditTrail trail, Access access, TaskRunner tasks,
                                I18n i18n) {
        MenuItem item = new MenuItem();
        item.setId("menu-audit-log");
        item.textProperty().bind(i18n.text("security.audit.menu"));
        item.setDisable(!access.allows(Permission.SETTINGS));
        access.onChange(grant -> Platform.runLater(() -> item.setDisable(!access.allows(Permission.SETTINGS))));
        item.setOnAction(e -> AuditLogWindow.open(owner.get(), new AuditViewModel(trail, tasks), i18n));
        return item;
    }
}
