package io.storedesk.security.ui;

import io.storedesk.security.Permission;
import io.storedesk.security.PermissionMatrix;
import io.storedesk.security.Role;
import io.storedesk.ui.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Roles across, permissions down, a checkbox in every cell; under each approval right a row of ceilings (blank =
 * no ceiling). The administrator's right to manage users is shown but cannot be unticked.
 */
final class PermissionMatrixTab {

    private final VBox root = new VBox(10);

    PermissionMatrixTab(PermissionMatrixViewModel model, I18n i18n) {
        GridPane grid = new GridPane();
        grid.setId("matrix-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        Role[] roles = Role.values();
        for (int c = 0; c < roles.length; c++) {
            Label role = new Label(i18n.get("security.role." + roles[c].name()));
            role.getStyleClass().add("matrix-role");
            grid.add(role, c + 1, 0);
        }
        int row = 1;
        for (Permission permission : Permission.values()) {
            grid.add(new Label(i18n.get("security.permission." + permission.name())), 0, row);
            for (int c = 0; c < roles.length; c++) {
                CheckBox box = new CheckBox();
                box.setId("matrix-" + roles[c].name() + "-" + permission.name());
                box.selectedProperty().bindBidirectional(model.granted(roles[c], permission));
                box.setDisable(!model.editable(roles[c], permission));
                grid.add(box, c + 1, row);
            }
            row++;
            if (PermissionMatrix.WITH_CEILING.contains(permission)) {
                grid.add(new Label(i18n.get("security.matrix.ceiling")), 0, row);
                for (int c = 0; c < roles.length; c++) {
                    TextField ceiling = new TextField();
                    ceiling.setId("matrix-" + roles[c].name() + "-" + permission.name() + "-limit");
                    ceiling.setPrefColumnCount(7);
                    ceiling.setPromptText(i18n.get("security.matrix.noCeiling"));
                    ceiling.textProperty().bindBidirectional(model.ceiling(roles[c], permission));
                    ceiling.disableProperty().bind(model.granted(roles[c], permission).not());
                    grid.add(ceiling, c + 1, row);
                }
                row++;
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button save = new Button(i18n.get("security.matrix.save"));
        save.setId("matrix-save");
        save.setOnAction(e -> model.save());
        Button reload = new Button(i18n.get("security.matrix.reload"));
        reload.setId("matrix-reload");
        reload.setOnAction(e -> model.reload());
        Label error = new Label();
        error.setId("matrix-error");
        error.getStyleClass().add("sign-in-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() == null ? ""
                : i18n.describe(model.failureProperty().get()), model.failureProperty()));
        Label notice = new Label();
        notice.setId("matrix-notice");
        notice.getStyleClass().add("security-notice");
        notice.textProperty().bind(Bindings.createStringBinding(() -> model.noticeProperty().get() == null ? ""
                : i18n.get(model.noticeProperty().get().key()), model.noticeProperty()));
        root.getChildren().addAll(scroll, new HBox(8, save, reload), error, notice);
        root.getStyleClass().add("pane-content");
    }

    Node node() {
        return root;
    }
}
