package io.storedesk.importing.ui;

import io.storedesk.importing.FieldChange;
import io.storedesk.importing.FileLayout;
import io.storedesk.importing.ImportJob;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.Theme;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import wizard's window: choose the kind and a file (or drop it), check the columns, preview every
 * row with its status and reasons, apply, and undo recent imports. Everything it shows comes from its
 * {@link ImportWizardViewModel}.
 */
public final class ImportWizardWindow {

    private final ImportWizardViewModel model;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final VBox body = new VBox(12);

    /** onChange runs after an import was applied or undone (the pane behind shows the new data). */
    public ImportWizardWindow(ImportWizardViewModel model, I18n i18n, Window owner, Runnable onChange) {
        this.model = model;
        this.i18n = i18n;
        root.setId("import-wizard");
        root.getStyleClass().add("import-wizard");
        root.setTop(top());
        root.setCenter(body);
        root.setBottom(Notices.bar("import-notice", i18n, model.noticeProperty(), model.failureProperty(),
                model::dismissNotice));
        body.getStyleClass().add("wizard-body");
        Scene scene = new Scene(root, 1000, 680);
        Theme.follow(scene, owner);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.titleProperty().bind(i18n.text("import.title"));
        model.stepProperty().addListener((obs, old, now) -> show());
        model.resultProperty().addListener((obs, old, now) -> show());
        i18n.localeProperty().addListener((obs, old, now) -> show());
        model.recentJobs().addListener((ListChangeListener<ImportJob>) change -> {
            onChange.run();
            if (model.stepProperty().get() == WizardStep.FILE || model.stepProperty().get() == WizardStep.DONE) {
                show();
            }
        });
        show();
    }

    /** Shows the window; a wizard not in the middle of an import switches to the kind asked for. */
    public void open(ImportKindId kind) {
        if (model.stepProperty().get() == WizardStep.FILE || model.stepProperty().get() == WizardStep.DONE) {
            model.restart();
            model.kindProperty().set(kind);
        }
        model.refreshJobs();
        stage.show();
        stage.toFront();
    }

    private Node top() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("import.title"));
        title.getStyleClass().add("pane-title");
        ComboBox<ImportKindId> kind = new ComboBox<>(model.kinds());
        kind.setId("import-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setCellFactory(list -> kindCell());
        kind.setButtonCell(kindCell());
        kind.disableProperty().bind(model.stepProperty().isNotEqualTo(WizardStep.FILE));
        Label kindLabel = new Label();
        kindLabel.textProperty().bind(i18n.text("import.kind"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label step = new Label();
        step.setId("import-step");
        step.getStyleClass().add("pane-subtitle");
        step.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("import.step."
                + model.stepProperty().get().name()), model.stepProperty(), i18n.localeProperty()));
        HBox top = new HBox(12, title, spacer, step, kindLabel, kind);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("wizard-top");
        return top;
    }

    private ListCell<ImportKindId> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ImportKindId k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : i18n.get("import.kind." + k.name()));
            }
        };
    }

    private void show() {
        switch (model.stepProperty().get()) {
            case FILE -> body.getChildren().setAll(fileStep());
            case MAPPING -> body.getChildren().setAll(mappingStep());
            case WORKING -> body.getChildren().setAll(workingStep());
            case PREVIEW -> body.getChildren().setAll(previewStep());
            case DONE -> body.getChildren().setAll(doneStep());
        }
    }

    private List<Node> fileStep() {
        Label hint = new Label(i18n.get("import.file.hint"));
        hint.setWrapText(true);
        Button choose = new Button(i18n.get("import.file.choose"), Icon.CHOOSE_FILE.node());
        choose.setId("import-choose");
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("import.file.choose"));
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(i18n.get("import.file.types"),
                    "*.xlsx", "*.csv", "*.txt", "*.tsv"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                model.chooseFile(file.toPath());
            }
        });
        VBox drop = new VBox(10, Icon.IMPORT.node(), hint, choose);
        drop.setId("import-drop");
        drop.setAlignment(Pos.CENTER);
        drop.getStyleClass().add("drop-zone");
        drop.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        drop.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                model.chooseFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return List.of(drop, section("import.jobs"), jobsTable());
    }

    private List<Node> mappingStep() {
        FileLayout layout = model.layoutProperty().get();
        Label file = new Label(i18n.get("import.mapping.file", layout.fileName(), layout.description(),
                layout.header().size()));
        file.setId("import-file");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setId("import-mapping");
        List<String> columns = new ArrayList<>();
        columns.add("");
        columns.addAll(layout.header());
        int row = 0;
        for (MappingChoice choice : model.mapping()) {
            Label field = new Label(i18n.get("import.field." + choice.field().name())
                    + (choice.field().required() ? " *" : ""));
            ComboBox<String> column = new ComboBox<>();
            column.setId("map-" + choice.field().name());
            column.getItems().setAll(columns);
            column.valueProperty().bindBidirectional(choice.columnProperty());
            column.setCellFactory(list -> columnCell());
            column.setButtonCell(columnCell());
            column.setPrefWidth(220);
            grid.add(field, (row % 2) * 2, row / 2);
            grid.add(column, (row % 2) * 2 + 1, row / 2);
            row++;
        }
        Label unused = new Label(i18n.get("import.mapping.hint"));
        unused.getStyleClass().add("pane-subtitle");
        unused.setWrapText(true);
        TableView<List<String>> sample = new TableView<>();
        sample.setId("import-sample");
        for (int i = 0; i < layout.header().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(layout.header().get(i));
            c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(index < cell.getValue().size()
                    ? cell.getValue().get(index) : ""));
            c.setSortable(false);
            sample.getColumns().add(c);
        }
        sample.getItems().setAll(layout.sample());
        sample.setPrefHeight(160);
        VBox.setVgrow(sample, Priority.ALWAYS);

        ToggleGroup modes = new ToggleGroup();
        RadioButton allOrNothing = radio("import-mode-all", "import.mode.ALL_OR_NOTHING", ImportMode.ALL_OR_NOTHING,
                modes);
        RadioButton validOnly = radio("import-mode-valid", "import.mode.VALID_ONLY", ImportMode.VALID_ONLY, modes);
        CheckBox createSkus = new CheckBox(i18n.get("import.createMissingSkus"));
        createSkus.setId("import-create-skus");
        createSkus.selectedProperty().bindBidirectional(model.createMissingSkusProperty());
        createSkus.setVisible(model.kindProperty().get() == ImportKindId.ORDERS);
        createSkus.setManaged(createSkus.isVisible());
        Button back = new Button(i18n.get("import.back"));
        back.setOnAction(e -> model.restart());
        Button preview = new Button(i18n.get("import.preview"));
        preview.setId("import-preview");
        preview.getStyleClass().add("accent");
        Label missing = new Label();
        missing.getStyleClass().add("problem-text");
        Runnable check = () -> {
            String names = model.missingRequired().stream().map(f -> i18n.get("import.field." + f.name()))
                    .collect(Collectors.joining(", "));
            missing.setText(names.isEmpty() ? "" : i18n.get("import.mapping.missing", names));
            preview.setDisable(!names.isEmpty());
        };
        model.mapping().forEach(m -> m.columnProperty().addListener((obs, old, now) -> check.run()));
        check.run();
        preview.setOnAction(e -> model.preview());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, allOrNothing, validOnly, createSkus, spacer, missing, back, preview);
        actions.setAlignment(Pos.CENTER_LEFT);
        return List.of(file, grid, unused, section("import.mapping.sample"), sample, actions);
    }

    private RadioButton radio(String id, String key, ImportMode mode, ToggleGroup group) {
        RadioButton radio = new RadioButton(i18n.get(key));
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setSelected(model.modeProperty().get() == mode);
        radio.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.modeProperty().set(mode);
            }
        });
        return radio;
    }

    private ListCell<String> columnCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String column, boolean empty) {
                super.updateItem(column, empty);
                setText(empty ? null : column == null || column.isEmpty() ? i18n.get("import.mapping.none") : column);
            }
        };
    }

    private List<Node> workingStep() {
        Label phase = new Label();
        phase.setId("import-phase");
        phase.textProperty().bind(Bindings.createStringBinding(() -> model.phaseProperty().get().isEmpty() ? ""
                : i18n.get(model.phaseProperty().get()), model.phaseProperty(), i18n.localeProperty()));
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(420);
        Label speed = new Label();
        speed.setId("import-speed");
        speed.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("import.speed",
                model.rowsDoneProperty().get(), Math.round(model.rowsPerSecondProperty().get())),
                model.rowsDoneProperty(), model.rowsPerSecondProperty(), i18n.localeProperty()));
        Button cancel = new Button(i18n.get("import.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> model.cancel());
        VBox box = new VBox(12, phase, bar, speed, cancel);
        box.setAlignment(Pos.CENTER);
        VBox.setVgrow(box, Priority.ALWAYS);
        return List.of(box);
    }

    private List<Node> previewStep() {
        ImportResult result = model.resultProperty().get();
        ToggleGroup filter = new ToggleGroup();
        HBox chips = new HBox(8);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.getChildren().add(chip(filter, null, "import.status.ALL", result.rows()));
        for (RowStatus status : RowStatus.values()) {
            chips.getChildren().add(chip(filter, status, "import.status." + status.name(), result.count(status)));
        }
        Label summary = new Label(i18n.get("import.preview.summary", result.fileName(), result.description(),
                result.took().toMillis()));
        summary.getStyleClass().add("pane-subtitle");
        TableView<RowOutcome> rows = outcomesTable();
        VBox.setVgrow(rows, Priority.ALWAYS);
        Button report = new Button(i18n.get("import.exportRefused"), Icon.EXPORT.node());
        report.setId("import-export-refused");
        report.setDisable(result.refused() == 0);
        report.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            chooser.setInitialFileName(i18n.get("import.refusedFileName") + ".xlsx");
            File target = chooser.showSaveDialog(stage);
            if (target != null) {
                model.exportRefused(target.toPath());
            }
        });
        ToggleGroup modes = new ToggleGroup();
        RadioButton allOrNothing = radio("import-mode-all", "import.mode.ALL_OR_NOTHING", ImportMode.ALL_OR_NOTHING,
                modes);
        RadioButton validOnly = radio("import-mode-valid", "import.mode.VALID_ONLY", ImportMode.VALID_ONLY, modes);
        Button back = new Button(i18n.get("import.back"));
        back.setOnAction(e -> model.remap());
        Button apply = new Button(i18n.get("import.apply"));
        apply.setId("import-apply");
        apply.getStyleClass().add("accent");
        apply.setDisable(result.accepted() == 0);
        apply.setOnAction(e -> model.apply());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, report, spacer, allOrNothing, validOnly, back, apply);
        actions.setAlignment(Pos.CENTER_LEFT);
        return List.of(chips, summary, rows, actions);
    }

    private ToggleButton chip(ToggleGroup group, RowStatus status, String key, long count) {
        ToggleButton chip = new ToggleButton(i18n.get(key, count));
        chip.setId("import-filter-" + (status == null ? "all" : status.name().toLowerCase(Locale.ROOT)));
        chip.setToggleGroup(group);
        chip.getStyleClass().add("status-chip");
        chip.setSelected(model.statusFilterProperty().get() == status);
        chip.setOnAction(e -> {
            chip.setSelected(true);
            model.statusFilterProperty().set(status);
        });
        return chip;
    }

    private TableView<RowOutcome> outcomesTable() {
        TableView<RowOutcome> table = new TableView<>(model.shownRows());
        table.setId("import-rows");
        Columns c = new Columns(i18n);
        TableColumn<RowOutcome, RowOutcome> row = Columns.width(c.number("import.column.row",
                (o, f) -> String.valueOf(o.row())), 60);
        TableColumn<RowOutcome, RowOutcome> key = Columns.width(c.text("import.column.key", RowOutcome::key), 130);
        TableColumn<RowOutcome, RowOutcome> status = Columns.width(c.label("import.column.status", "import.rowStatus.",
                RowOutcome::status), 90);
        TableColumn<RowOutcome, RowOutcome> detail = Columns.width(c.text("import.column.detail", this::describe), 600);
        detail.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(RowOutcome o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().remove("problem-text");
                setText(empty || o == null ? null : describe(o));
                if (o != null && !empty && o.status() == RowStatus.REFUSED) {
                    getStyleClass().add("problem-text");
                }
            }
        });
        table.getColumns().setAll(List.of(row, key, status, detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** Why a row is refused (column: reason), or what it changes (field: before → after), and its warnings. */
    private String describe(RowOutcome o) {
        List<String> parts = new ArrayList<>();
        for (RowProblem p : o.problems()) {
            parts.add(problem(p));
        }
        for (FieldChange change : o.changes()) {
            String field = fieldName(change.field());
            String after = value(change.field(), change.after());
            parts.add(change.before() == null || change.before().isEmpty() ? field + ": " + after
                    : field + ": " + value(change.field(), change.before()) + " → " + after);
        }
        for (RowProblem w : o.warnings()) {
            parts.add("⚠ " + problem(w));
        }
        return String.join("; ", parts);
    }

    private String problem(RowProblem p) {
        String value = p.value() == null || p.value().isEmpty() ? "" : " \"" + p.value() + "\"";
        return p.column() + value + ": " + i18n.get(p.reason().key(), p.reason().arguments());
    }

    private String fieldName(String field) {
        String key = "import.field." + field;
        return i18n.has(key) ? i18n.get(key) : field;
    }

    /** Stages and listing in words; other values as written. */
    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (field.equals("stage") && i18n.has("catalog.stage." + value)) {
            return i18n.get("catalog.stage." + value);
        }
        if (field.equals("listed")) {
            return i18n.get(Boolean.parseBoolean(value) ? "catalog.listed" : "catalog.delisted");
        }
        return value;
    }

    private List<Node> doneStep() {
        Button again = new Button(i18n.get("import.another"));
        again.setId("import-another");
        again.setOnAction(e -> model.restart());
        Button close = new Button(i18n.get("import.close"));
        close.setOnAction(e -> stage.close());
        ImportResult result = model.resultProperty().get();
        Button undo = new Button(i18n.get("import.undo"), Icon.UNDO.node());
        undo.setId("import-undo");
        boolean undone = result != null && model.recentJobs().stream()
                .anyMatch(j -> result.jobId() != null && j.id() == result.jobId() && !ImportJob.APPLIED.equals(j.status()));
        undo.setDisable(result == null || result.jobId() == null || undone);
        undo.setOnAction(e -> model.undo(result.jobId()));
        HBox actions = new HBox(10, undo, again, close);
        return List.of(actions, section("import.jobs"), jobsTable());
    }

    private TableView<ImportJob> jobsTable() {
        TableView<ImportJob> jobs = new TableView<>(model.recentJobs());
        jobs.setId("import-jobs");
        Columns c = new Columns(i18n);
        TableColumn<ImportJob, ImportJob> undo = new TableColumn<>();
        undo.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        undo.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ImportJob job, boolean empty) {
                super.updateItem(job, empty);
                if (empty || job == null || !ImportJob.APPLIED.equals(job.status())) {
                    setGraphic(null);
                    return;
                }
                Button button = new Button(i18n.get("import.undo"));
                button.getStyleClass().add("small");
                button.setOnAction(e -> model.undo(job.id()));
                setGraphic(button);
            }
        });
        undo.setPrefWidth(90);
        jobs.getColumns().setAll(List.of(
                Columns.width(c.number("import.job.id", (j, f) -> String.valueOf(j.id())), 50),
                Columns.width(c.text("import.job.kind", j -> i18n.get("import.kind." + j.kind().name())), 110),
                Columns.width(c.text("import.job.file", ImportJob::fileName), 200),
                Columns.width(c.text("import.job.user", ImportJob::user), 80),
                Columns.width(c.text("import.job.time", (j, f) -> f.dateTime(j.startedAt())), 130),
                Columns.width(c.text("import.job.counts", (j, f) -> i18n.get("import.job.countsValue",
                        j.accepted(), j.refused(), j.unchanged())), 200),
                Columns.width(c.text("import.job.status", j -> i18n.get("import.job.status." + j.status())), 80),
                undo));
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(i18n.get("import.jobs.none"));
        empty.getStyleClass().add("empty-state");
        jobs.setPlaceholder(empty);
        VBox.setVgrow(jobs, Priority.ALWAYS);
        return jobs;
    }

    private Label section(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }
}
