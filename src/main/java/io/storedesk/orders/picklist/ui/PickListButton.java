package io.storedesk.orders.picklist.ui;

import io.storedesk.Services;
import io.storedesk.orders.ui.OrderInboxPane;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.io.File;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The order pane's "Pick list…" button: asks where to save, then prints in the background (decision 0030). */
public final class PickListButton {

    private PickListButton() {
    }

    /** Adds the button to the pane's header; it follows the signed-in role's export right. */
    public static Button addTo(OrderInboxPane pane, Services services, I18n i18n, TaskRunner tasks) {
        PickListViewModel model = new PickListViewModel(services.pickLists(), tasks, pane::report);
        RoleRights.follow(services.access(), Platform::runLater, model.rights());
        Button button = new Button(null, Icon.PRINT.node());
        button.setId("orders-pick-list");
        button.textProperty().bind(i18n.text("picklist.button"));
        button.setTooltip(new Tooltip());
        button.getTooltip().textProperty().bind(i18n.text("picklist.tooltip"));
        button.disableProperty().bind(model.busyProperty().or(model.canPrintProperty().not()));
        DeniedHint.explain(button, model.canPrintProperty(), i18n);
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("picklist.chooser"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
            chooser.setInitialFileName("pick-list-" + LocalDate.now(services.clock()) + ".pdf");
            File file = chooser.showSaveDialog(button.getScene().getWindow());
            if (file != null) {
                model.print(file.toPath(), pane.selectedOrderIds(), i18n.locale());
            }
        });
        pane.addHeaderAction(button);
        return button;
    }
}
