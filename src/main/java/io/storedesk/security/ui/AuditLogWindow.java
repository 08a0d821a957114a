package io.storedesk.security.ui;

import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditField;
import io.storedesk.security.AuditLog;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.layout.LayoutMemory;
import io.storedesk.ui.Theme;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The audit log window: filters on top, the matching entries (a page at a time) beside the focused entry's fields
 * before and after, paging, export and the chain check below.
 */
public final class AuditLogWindow {

    private final AuditViewModel model;
    private final I18n i18n;
    private final Label verified = new Label();

    private AuditLogWindow(AuditViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public static void open(Window owner, AuditViewModel model, I18n i18n) {
        new AuditLogWindow(model, i18n).show(owner);
    }

    private void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("security.audit.title"));
        VBox root = new VBox(10, filters(), Notices.bar("audit-notice", i18n, model.noticeProperty(), () -> { }),
                tables(), footer(stage));
        root.setPadding(new Insets(12));
        root.setId("audit-log");
        Scene scene = new Scene(root, 1040, 620);
        Theme.follow(scene, owner);
        stage.setScene(scene);
        model.open();
        stage.show();
    }

    private FlowPane filters() {
        ComboBox<String> user = choice("audit-user", model.users(), "security.audit.filter.user");
        user.valueProperty().bindBidirectional(model.userProperty());
        ComboBox<String> entity = choice("audit-entity", model.entities(), "security.audit.filter.entity");
        entity.valueProperty().bindBidirectional(model.entityProperty());
        ComboBox<String> action = choice("audit-action", model.actions(), "security.audit.filter.action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.promptTextProperty().bind(i18n.text("security.audit.filter.from"));
        from.valueProperty().bindBidirectional(model.fromDayProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.promptTextProperty().bind(i18n.text("security.audit.filter.to"));
        to.valueProperty().bindBidirectional(model.toDayProperty());
        TextField text = new TextField();
        text.setId("audit-text");
        text.promptTextProperty().bind(i18n.text("security.audit.filter.text"));
        text.textProperty().bindBidirectional(model.textProperty());
        text.setOnAction(e -> model.search());
        Button search = button("audit-search", "security.audit.search", model::search);
        search.setDefaultButton(true);
        FlowPane pane = new FlowPane(8, 8, user, entity, action, from, to, text, search);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    private ComboBox<String> choice(String id, ObservableList<String> items, String promptKey) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.promptTextProperty().bind(i18n.text(promptKey));
        box.setPrefWidth(150);
        return box;
    }

    private SplitPane tables() {
        Columns c = new Columns(i18n);
        TableView<AuditEntry> entries = new TableView<>(model.rows());
        entries.setId("audit-entries");
        entries.getColumns().setAll(List.of(
                Columns.width(c.number("security.audit.column.id", (e, f) -> String.valueOf(e.id())), 60),
                Columns.width(c.text("security.audit.column.time", (e, f) -> f.dateTime(e.occurredAt())), 140),
                Columns.width(c.text("security.audit.column.user", AuditEntry::user), 90),
                Columns.width(c.text("security.audit.column.action", AuditEntry::action), 130),
                Columns.width(c.text("security.audit.column.entity", AuditEntry::entity), 80),
                Columns.width(c.text("security.audit.column.entityId", (AuditEntry e) -> e.entityId() == null ? ""
                        : e.entityId()), 110)));
        entries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label();
        none.textProperty().bind(i18n.text("security.audit.none"));
        entries.setPlaceholder(none);
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        TableView<AuditField> fields = new TableView<>(model.fields());
        fields.setId("audit-fields");
        fields.getColumns().setAll(List.of(
                Columns.width(c.text("security.audit.column.field", AuditField::field), 110),
                Columns.width(c.text("security.audit.column.before", (AuditField a) -> a.before() == null ? ""
                        : a.before()), 160),
                Columns.width(c.text("security.audit.column.after", (AuditField a) -> a.after() == null ? ""
                        : a.after()), 160)));
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SplitPane split = new SplitPane(entries, fields);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        LayoutMemory.remember(entries, "audit-entries");
        LayoutMemory.remember(fields, "audit-fields");
        LayoutMemory.remember(split, "audit");
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private HBox footer(Stage stage) {
        Button previous = button("audit-previous", "security.audit.previous", model::previousPage);
        previous.disableProperty().bind(model.pageProperty().isEqualTo(0).or(model.busyProperty()));
        Button next = button("audit-next", "security.audit.next", model::nextPage);
        next.disableProperty().bind(model.hasNextProperty().not().or(model.busyProperty()));
        Label counted = new Label();
        counted.setId("audit-count");
        counted.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("security.audit.count",
                model.pageProperty().get() + 1, model.totalProperty().get()), model.pageProperty(),
                model.totalProperty(), i18n.localeProperty()));
        Button export = button("audit-export", "security.audit.export", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("audit-log.csv");
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                    new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.export(file.toPath(), i18n.locale());
            }
        });
        export.setGraphic(Icon.EXPORT.node());
        Button verify = button("audit-verify", "security.audit.verify", model::verify);
        verified.setId("audit-verified");
        model.verificationProperty().addListener((obs, old, now) -> showVerification(now));
        i18n.localeProperty().addListener((obs, old, now) -> showVerification(model.verificationProperty().get()));
        HBox footer = new HBox(8, previous, next, counted, export, verify, verified);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private void showVerification(AuditLog.Verification result) {
        verified.getStyleClass().removeAll("success", "danger");
        if (result == null) {
            verified.setText("");
            return;
        }
        verified.getStyleClass().add(result.intact() ? "success" : "danger");
        verified.setText(result.intact() ? i18n.get("security.audit.intact", result.entries())
                : i18n.get("security.audit.broken", result.firstBrokenEntry().orElseThrow(), result.entries()));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
