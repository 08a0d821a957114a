package io.storedesk.importing.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.FileLayout;
import io.storedesk.importing.ImportJob;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.ImportService;
import io.storedesk.importing.ImportLimits;
import io.storedesk.importing.RefusedRowsReport;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowStatus;
import io.storedesk.ui.Cancellable;
import io.storedesk.ui.I18n;
import io.storedesk.ui.TaskRunner;
import io.storedesk.ui.WorkProgress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: choose the kind and the file, check which column feeds which field, preview every
 * row (a dry run), apply all-or-nothing or the valid rows only, watch rows per second and cancel, export
 * the refused rows, and undo a job. Holds properties only; the work runs through the task runner.
 */
public final class ImportWizardViewModel {

    private static final int SAMPLE_ROWS = 5;

    private final ImportService imports;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Supplier<String> user;
    private final LongSupplier nanoTime;

    private final ObservableList<ImportKindId> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<ImportKindId> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(this, "mode", ImportMode.ALL_OR_NOTHING);
    private final BooleanProperty createMissingSkus = new SimpleBooleanProperty(this, "createMissingSkus", false);
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<FileLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ObservableList<MappingChoice> mapping = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<RowStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableList<RowOutcome> shownRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private final ReadOnlyLongWrapper rowsDone = new ReadOnlyLongWrapper(this, "rowsDone");
    private final ReadOnlyDoubleWrapper rowsPerSecond = new ReadOnlyDoubleWrapper(this, "rowsPerSecond");
    private final ReadOnlyObjectWrapper<MessageKey> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ObservableList<ImportJob> recentJobs = FXCollections.observableArrayList();
    private Cancellable running;
    private long startedNanos;
    /** Counts runs and cancels: an answer from a cancelled run is dropped. */
    private long generation;

    public ImportWizardViewModel(ImportService imports, TaskRunner tasks, I18n i18n, Supplier<String> user,
                                 ImportKindId initialKind, LongSupplier nanoTime) {
        this.imports = imports;
        this.tasks = tasks;
        this.i18n = i18n;
        this.user = user;
        this.nanoTime = nanoTime;
        kinds.setAll(imports.kinds());
        kind.set(kinds.contains(initialKind) ? initialKind : kinds.isEmpty() ? null : kinds.get(0));
        statusFilter.addListener((obs, old, now) -> showRows());
    }

    /** Opens the file and proposes a mapping (the one saved for its layout, else by the columns' names). */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        inspect(Map.of());
    }

    /** Reads the file's layout again with the chosen columns (the sample shows what they hold). */
    public void remap() {
        inspect(explicitMapping());
    }

    private void inspect(Map<String, String> explicit) {
        failure.set(null);
        ImportKindId chosenKind = kind.get();
        Path chosenFile = file.get();
        tasks.run("task.import.inspect", progress -> imports.inspect(chosenKind, chosenFile, explicit, SAMPLE_ROWS),
                (FileLayout found) -> {
                    layout.set(found);
                    List<MappingChoice> choices = imports.fields(chosenKind).stream()
                            .map(f -> new MappingChoice(f, found.mapping().getOrDefault(f.name(), ""))).toList();
                    mapping.setAll(choices);
                    step.set(WizardStep.MAPPING);
                }, this::failed);
    }

    /** field -> column for every field: "" where the person chose not to import it. */
    private Map<String, String> explicitMapping() {
        Map<String, String> chosen = new LinkedHashMap<>();
        mapping.forEach(m -> chosen.put(m.field().name(), m.column()));
        return chosen;
    }

    /** The required fields that have no column yet: the preview cannot start until they have one. */
    public List<FieldSpec> missingRequired() {
        return mapping.stream().filter(m -> m.field().required() && m.column().isBlank()).map(MappingChoice::field)
                .toList();
    }

    /** Reads and checks every row without writing anything. */
    public void preview() {
        run(true);
    }

    /** Writes the accepted rows as the chosen mode says, as one job that can be undone. */
    public void apply() {
        run(false);
    }

    private void run(boolean dryRun) {
        failure.set(null);
        notice.set(null);
        ImportKindId chosenKind = kind.get();
        Path chosenFile = file.get();
        ImportOptions options = new ImportOptions(mode.get(), dryRun, createMissingSkus.get(), explicitMapping(),
                user.get());
        step.set(WizardStep.WORKING);
        phase.set("import.phase.reading");
        rowsDone.set(0);
        rowsPerSecond.set(0);
        startedNanos = nanoTime.getAsLong();
        long asked = ++generation;
        running = tasks.run(dryRun ? "task.import.preview" : "task.import.apply",
                progress -> imports.run(chosenKind, chosenFile, options, bridge(progress)),
                report -> {
                    if (asked == generation) {
                        progressed(report.done(), report.total() >= 0);
                    }
                },
                (ImportResult done) -> {
                    if (asked != generation) {
                        return;
                    }
                    running = null;
                    result.set(done);
                    showRows();
                    if (dryRun) {
                        step.set(WizardStep.PREVIEW);
                    } else {
                        notice.set(done.applied() ? new MessageKey("import.done.applied", done.jobId(),
                                done.accepted(), done.refused(), done.unchanged())
                                : new MessageKey("import.done.notApplied", done.refused()));
                        step.set(done.applied() ? WizardStep.DONE : WizardStep.PREVIEW);
                        refreshJobs();
                    }
                }, error -> {
                    if (asked != generation) {
                        return;
                    }
                    running = null;
                    failed(error);
                    step.set(layout.get() == null ? WizardStep.FILE : WizardStep.MAPPING);
                });
    }

    /** Reading reports rows read (no total); writing reports rows written of the rows accepted. */
    private static ImportProgress bridge(WorkProgress progress) {
        return new ImportProgress() {
            @Override
            public void rowsRead(long rows) {
                progress.update(rows, -1);
            }

            @Override
            public void rowsApplied(long rows) {
                progress.update(rows, Long.MAX_VALUE);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private void progressed(long rows, boolean writing) {
        phase.set(writing ? "import.phase.writing" : "import.phase.reading");
        rowsDone.set(rows);
        double seconds = (nanoTime.getAsLong() - startedNanos) / 1e9;
        rowsPerSecond.set(seconds > 0 ? rows / seconds : 0);
    }

    /** Stops the reading or writing under way; nothing is written (the transaction rolls back). */
    public void cancel() {
        if (running != null) {
            generation++;
            running.cancel();
            running = null;
            notice.set(new MessageKey("import.done.cancelled"));
            step.set(result.get() == null ? WizardStep.MAPPING : WizardStep.PREVIEW);
        }
    }

    /** Undoes an applied job; refused (with the records in the way) when later changes touched its rows. */
    public void undo(long jobId) {
        failure.set(null);
        tasks.run("task.import.undo", progress -> {
            imports.undo(jobId, user.get());
            return jobId;
        }, (Long undone) -> {
            notice.set(new MessageKey("import.done.undone", undone));
            refreshJobs();
        }, this::failed);
    }

    /** Writes the refused rows as they stood in the file, with a reason column, ready to fix and import. */
    public void exportRefused(Path target) {
        ImportResult shown = result.get();
        Path source = file.get();
        Messages messages = new Messages(i18n.locale());
        tasks.run("task.import.report", progress -> RefusedRowsReport.write(source, shown, target, messages,
                ImportLimits.DEFAULT), (Integer rows) -> notice.set(new MessageKey("import.done.reportWritten", rows,
                target.getFileName().toString())), this::failed);
    }

    public void dismissNotice() {
        notice.set(null);
        failure.set(null);
    }

    public void refreshJobs() {
        tasks.run("task.import.jobs", progress -> imports.recentJobs(20), recentJobs::setAll, this::failed);
    }

    /** Back to the start, keeping the kind. */
    public void restart() {
        file.set(null);
        layout.set(null);
        result.set(null);
        mapping.clear();
        shownRows.clear();
        notice.set(null);
        failure.set(null);
        step.set(WizardStep.FILE);
    }

    private void showRows() {
        ImportResult r = result.get();
        if (r == null) {
            shownRows.clear();
            return;
        }
        RowStatus only = statusFilter.get();
        shownRows.setAll(only == null ? r.outcomes() : r.outcomes().stream().filter(o -> o.status() == only).toList());
    }

    private void failed(Throwable error) {
        failure.set(error);
    }

    public ObservableList<ImportKindId> kinds() {
        return kinds;
    }

    public ObjectProperty<ImportKindId> kindProperty() {
        return kind;
    }

    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    public BooleanProperty createMissingSkusProperty() {
        return createMissingSkus;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FileLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ObservableList<MappingChoice> mapping() {
        return mapping;
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<RowStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<RowOutcome> shownRows() {
        return shownRows;
    }

    /** The resource key of what is under way: reading the file, or writing the rows. */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsDoneProperty() {
        return rowsDone.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty rowsPerSecondProperty() {
        return rowsPerSecond.getReadOnlyProperty();
    }

    /** What just happened, for the person (applied, cancelled, undone, report written). */
    public ReadOnlyObjectProperty<MessageKey> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObservableList<ImportJob> recentJobs() {
        return recentJobs;
    }
}
