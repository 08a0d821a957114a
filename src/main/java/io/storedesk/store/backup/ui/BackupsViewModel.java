package io.storedesk.store.backup.ui;

import io.storedesk.store.backup.BackupEntry;
import io.storedesk.store.backup.BackupManifest;
import io.storedesk.store.backup.Backups;
import io.storedesk.store.backup.StagedRestore;
import io.storedesk.store.backup.VerifiedBackup;
import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups dialog: the backups folder, "Back up now" with its progress, and a restore in three steps —
 * check the chosen file (the verified manifest shows), confirm, stage (the view then closes the desk, and the
 * next start opens the restored store).
 */
public final class BackupsViewModel {

    private final Backups backups;
    private final TaskRunner tasks;
    private final ObservableList<BackupEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<BackupEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<BackupManifest> verified = new ReadOnlyObjectWrapper<>(this, "verified");
    private final ReadOnlyObjectWrapper<StagedRestore> staged = new ReadOnlyObjectWrapper<>(this, "staged");
    private VerifiedBackup pending;

    public BackupsViewModel(Backups backups, TaskRunner tasks) {
        this.backups = backups;
        this.tasks = tasks;
    }

    public Path folder() {
        return backups.folder();
    }

    public void load() {
        run("backup.task.list", work -> backups.list(), found -> entries.setAll(found));
    }

    public void backUpNow() {
        progress.set(0);
        busy.set(true);
        tasks.<BackupEntry>run("backup.task.backup", work -> backups.backUpNow(work::update),
                report -> progress.set(report.total() > 0 ? (double) report.done() / report.total() : -1),
                made -> {
                    busy.set(false);
                    progress.set(1);
                    notice.set(Notice.done("backup.done", made.file().getFileName(), made.size()));
                    load();
                }, this::failed);
    }

    /** Checks the chosen file; a file that passes shows its manifest and waits for {@link #confirmRestore()}. */
    public void verify(Path file) {
        cancelRestore();
        run("backup.task.verify", work -> backups.verify(file), checked -> {
            pending = checked;
            verified.set(checked.manifest());
            notice.set(Notice.done("backup.restore.verified", checked.source().getFileName(),
                    checked.manifest().appVersion(), checked.manifest().createdAt(),
                    checked.manifest().schemaVersion(), checked.manifest().totalRows()));
        });
    }

    /** Backs up the current store and stages the verified backup; the view closes the desk when staged is set. */
    public void confirmRestore() {
        VerifiedBackup checked = pending;
        if (checked == null) {
            return;
        }
        pending = null;
        run("backup.task.stage", work -> backups.stage(checked), done -> {
            verified.set(null);
            staged.set(done);
            notice.set(Notice.done("backup.restore.staged", done.replacedStore()));
        });
    }

    public void cancelRestore() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
        verified.set(null);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    private <T> void run(String title, BackgroundWork<T> work, Consumer<T> done) {
        busy.set(true);
        tasks.run(title, work, result -> {
            busy.set(false);
            done.accept(result);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        progress.set(0);
        notice.set(Notice.problem(error));
    }

    public ObservableList<BackupEntry> entries() {
        return entriesView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The manifest of a checked backup awaiting confirmation, or null. */
    public ReadOnlyObjectProperty<BackupManifest> verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    /** Set once a restore is staged: the desk has to close (and start again) to open the restored store. */
    public ReadOnlyObjectProperty<StagedRestore> stagedProperty() {
        return staged.getReadOnlyProperty();
    }
}
