package io.storedesk.dashboard.snapshot.ui;

import io.storedesk.Services;
import io.storedesk.dashboard.ui.DashboardView;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.io.File;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dashboard's "Snapshot PDF…" button: asks where to save, draws the dashboard's body (on the window's
 * thread, as JavaFX requires) and prints it in the background (decision 0030).
 */
public final class DashboardSnapshotButton {

    private DashboardSnapshotButton() {
    }

    public static Button addTo(DashboardView view, Services services, I18n i18n, TaskRunner tasks) {
        DashboardSnapshotViewModel model = new DashboardSnapshotViewModel(services.dashboardSnapshots(),
                services.shop()::shopName, tasks, view::report);
        RoleRights.follow(services.access(), Platform::runLater, model.rights());
        Button button = new Button(null, Icon.PDF.node());
        button.setId("dashboard-snapshot");
        button.textProperty().bind(i18n.text("snapshot.button"));
        button.setTooltip(new Tooltip());
        button.getTooltip().textProperty().bind(i18n.text("snapshot.tooltip"));
        button.disableProperty().bind(model.busyProperty().or(model.canPrintProperty().not()));
        DeniedHint.explain(button, model.canPrintProperty(), i18n);
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("snapshot.chooser"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
            chooser.setInitialFileName("dashboard-" + LocalDate.now(services.clock()) + ".pdf");
            File file = chooser.showSaveDialog(button.getScene().getWindow());
            if (file != null) {
                model.print(file.toPath(), drawn(view), i18n.locale());
            }
        });
        view.addHeaderAction(button);
        return button;
    }

    /** The body's pixels as the window draws them now. */
    public static DashboardSnapshotViewModel.Drawn drawn(DashboardView view) {
        Node body = view.body();
        WritableImage image = body.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new DashboardSnapshotViewModel.Drawn(view.periodText(), view.chosenFilters(), width, height, argb);
    }
}
