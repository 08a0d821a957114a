package io.storedesk.store.backup.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.store.backup.BackupEntry;
import io.storedesk.store.backup.BackupFolder;
import io.storedesk.store.backup.Backups;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.layout.LayoutMemory;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Backups dialog (needs the backup right): the backups with kind, time and size, "Back up now" with its
 * progress, and "Restore…": choose a file, see what the check found, confirm; then the desk closes and the next
 * start opens the restored store (decision 0023).
 */
public final class BackupsDialog {

    /** Which file to restore from: the file chooser in the app, a fixed file in tests; empty = cancelled. */
    interface FileChoice {
        Optional<Path> choose(Window owner, Path folder);
    }

    private final I18n i18n;
    private final BackupsViewModel model;
    private final Runnable closeDesk;
    private final FileChoice fileChoice;

    private BackupsDialog(I18n i18n, BackupsViewModel model, Runnable closeDesk, FileChoice fileChoice) {
        this.i18n = i18n;
        this.model = model;
        this.closeDesk = closeDesk;
        this.fileChoice = fileChoice;
    }

    /** The status-bar button that opens the dialog; disabled for a role without the backup right. */
    public static Node statusButton(Backups backups, ObservableBooleanValue allowed, I18n i18n, TaskRunner tasks,
                                    Runnable closeDesk) {
        return statusButton(backups, allowed, i18n, tasks, closeDesk, (owner, folder) -> chooseFile(owner, folder,
                i18n));
    }

    static Node statusButton(Backups backups, ObservableBooleanValue allowed, I18n i18n, TaskRunner tasks,
                             Runnable closeDesk, FileChoice fileChoice) {
        Button open = new Button();
        open.setId("backups-open");
        open.textProperty().bind(i18n.text("backup.open"));
        open.setGraphic(Icon.BACKUP.node());
        open.getStyleClass().add("flat");
        // Follows the signed-in role: someone else may sign in while the window is open.
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> !allowed.get() || !backups.isAvailable(),
                allowed));
        open.setOnAction(e -> new BackupsDialog(i18n, new BackupsViewModel(backups, tasks), closeDesk, fileChoice)
                .show(open.getScene().getWindow()));
        return open;
    }

    private void show(Window owner) {
        Dialog<Void> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("backup.title"));
        dialog.setHeaderText(i18n.get("backup.header", model.folder()));
        Button now = new Button(i18n.get("backup.now"), Icon.BACKUP.node());
        now.setId("backup-now");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        Button restore = new Button(i18n.get("backup.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> fileChoice.choose(restore.getScene().getWindow(), model.folder())
                .ifPresent(model::verify));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        VBox content = new VBox(10, Notices.bar("backup-notice", i18n, model.noticeProperty(), model::dismissNotice),
                table(), new HBox(10, now, restore, progress));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        model.verifiedProperty().addListener((obs, old, manifest) -> {
            if (manifest != null) {
                confirm(dialog.getDialogPane().getScene().getWindow());
            }
        });
        model.stagedProperty().addListener((obs, old, staged) -> {
            if (staged != null) {
                Alert done = Dialogs.localised(new Alert(Alert.AlertType.INFORMATION,
                        i18n.get("backup.restore.staged", staged.replacedStore()), ButtonType.OK), i18n);
                done.initOwner(dialog.getDialogPane().getScene().getWindow());
                done.showAndWait();
                dialog.close();
                closeDesk.run();
            }
        });
        model.load();
        dialog.showAndWait();
        model.cancelRestore();
    }

    private String size(BackupEntry entry) {
        MessageKey size = entry.size();
        return i18n.get(size.key(), size.arguments());
    }

    private TableView<BackupEntry> table() {
        TableView<BackupEntry> table = new TableView<>(model.entries());
        table.setId("backup-table");
        table.setPlaceholder(new Label(i18n.get("backup.empty")));
        TableColumn<BackupEntry, String> kind = new TableColumn<>(i18n.get("backup.column.kind"));
        kind.setId("backup.column.kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get(c.getValue().kind().messageKey())));
        TableColumn<BackupEntry, String> time = new TableColumn<>(i18n.get("backup.column.time"));
        time.setId("backup.column.time");
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.formats().dateTime(c.getValue().createdAt())));
        TableColumn<BackupEntry, String> size = new TableColumn<>(i18n.get("backup.column.size"));
        size.setId("backup.column.size");
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(size(c.getValue())));
        table.getColumns().setAll(List.of(kind, time, size));
        table.setPrefHeight(280);
        table.setPrefWidth(560);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "backups");
        return table;
    }

    private static Optional<Path> chooseFile(Window owner, Path backups, I18n i18n) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("backup.restore.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("backup.restore.filter"),
                "*" + BackupFolder.EXTENSION, "*.zip"));
        File folder = backups.toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private void confirm(Window owner) {
        Alert ask = Dialogs.localised(new Alert(Alert.AlertType.CONFIRMATION,
                i18n.get("backup.restore.confirm", model.folder().getParent().resolve("replaced-stores")),
                ButtonType.OK, ButtonType.CANCEL), i18n);
        ask.initOwner(owner);
        ask.setHeaderText(noticeText());
        if (ask.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.confirmRestore();
        } else {
            model.cancelRestore();
        }
    }

    private String noticeText() {
        var notice = model.noticeProperty().get();
        return notice == null || notice.message() == null ? ""
                : i18n.get(notice.message().key(), notice.message().arguments());
    }
}
