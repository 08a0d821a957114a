package io.storedesk.sync.ui;

import io.storedesk.sync.engine.RunSummary;
import io.storedesk.ui.Columns;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The chosen channel: what it is, test its connection, sync it now (with progress), open the stock policy, and
 * below its last run with the log, its run history and its outbox.
 */
final class ChannelDetailView {

    private final ChannelsViewModel channels;
    private final SyncRunViewModel runs;
    private final I18n i18n;
    private final VBox root = new VBox(10);

    ChannelDetailView(ChannelsViewModel channels, SyncRunViewModel runs, OutboxView outbox, I18n i18n,
                      Runnable stockPolicy) {
        this.channels = channels;
        this.runs = runs;
        this.i18n = i18n;
        root.setId("channel-detail");
        root.getStyleClass().add("channel-detail");
        var selected = channels.selectedProperty();
        Label title = new Label();
        title.setId("channel-title");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null
                ? i18n.get("sync.ui.chooseChannel") : selected.get().name() + " (" + selected.get().code() + ")",
                selected, i18n.localeProperty()));
        Label about = new Label();
        about.setId("channel-about");
        about.setWrapText(true);
        about.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : i18n.get("sync.ui.about", i18n.get("sync.ui.kind." + selected.get().kind().name()),
                selected.get().baseUrl(), SyncTexts.signIn(i18n, selected.get().credentialSource())),
                selected, i18n.localeProperty()));
        TabPane tabs = new TabPane(tab("channel-tab-run", "sync.ui.tab.lastRun", lastRun()),
                tab("channel-tab-history", "sync.ui.tab.history", history()),
                tab("channel-tab-outbox", "sync.ui.tab.outbox", outbox.node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox body = new VBox(10, about, actions(stockPolicy), connection(), progress(), tabs);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.disableProperty().bind(selected.isNull());
        root.getChildren().addAll(title, body);
    }

    private HBox actions(Runnable stockPolicy) {
        var selected = channels.selectedProperty();
        Button test = new Button(null, Icon.TEST_CONNECTION.node());
        test.setId("channel-test");
        test.textProperty().bind(i18n.text("sync.ui.test"));
        test.disableProperty().bind(channels.testingProperty().or(channels.canEditProperty().not()));
        DeniedHint.explain(test, channels.canEditProperty(), i18n);
        test.setOnAction(e -> channels.testConnection());
        Button sync = new Button(null, Icon.SYNC.node());
        sync.setId("channel-sync");
        sync.getStyleClass().add("accent");
        sync.textProperty().bind(i18n.text("sync.ui.syncNow"));
        // One run at a time: a second click while one goes (from here or the schedule) is not possible.
        sync.disableProperty().bind(Bindings.createBooleanBinding(() -> runs.syncingProperty().get()
                || selected.get() == null || selected.get().running(), runs.syncingProperty(), selected)
                .or(channels.canEditProperty().not()));
        DeniedHint.explain(sync, channels.canEditProperty(), i18n);
        sync.setOnAction(e -> runs.syncNow());
        Button policy = new Button(null, Icon.RULES.node());
        policy.setId("channel-stock-policy");
        policy.textProperty().bind(i18n.text("sync.ui.stockPolicy"));
        policy.setOnAction(e -> stockPolicy.run());
        DeniedHint.disableUnless(policy, channels.canSetStockPolicyProperty(), i18n);
        HBox row = new HBox(8, test, sync, policy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label connection() {
        Label result = new Label();
        result.setId("channel-connection");
        result.setWrapText(true);
        var check = channels.connectionProperty();
        result.textProperty().bind(Bindings.createStringBinding(() -> channels.testingProperty().get()
                ? i18n.get("sync.ui.connection.testing") : SyncTexts.connection(i18n, check.get()),
                check, channels.testingProperty(), i18n.localeProperty()));
        check.addListener((obs, old, now) -> {
            // AtlantaFX's label colours.
            result.getStyleClass().removeAll("success", "danger");
            if (now != null) {
                result.getStyleClass().add(now.ok() ? "success" : "danger");
            }
        });
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        return result;
    }

    private HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("channel-sync-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(runs.progressProperty());
        Label step = new Label();
        step.setId("channel-sync-step");
        step.textProperty().bind(Bindings.createStringBinding(() -> runs.stepProperty().get() == null ? ""
                : i18n.get(runs.stepProperty().get().key(), runs.stepProperty().get().arguments()),
                runs.stepProperty(), i18n.localeProperty()));
        HBox row = new HBox(10, bar, step);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(runs.syncingProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** The run made here, in full; else the newest stored run with its log; else what to do. */
    private TextArea lastRun() {
        TextArea log = new TextArea();
        log.setId("channel-run-log");
        log.setEditable(false);
        log.setWrapText(true);
        log.getStyleClass().add("run-log");
        log.textProperty().bind(Bindings.createStringBinding(() -> {
            if (runs.lastReportProperty().get() != null) {
                return SyncTexts.report(i18n, runs.lastReportProperty().get());
            }
            List<RunSummary> history = channels.history();
            return history.isEmpty() ? i18n.get("sync.ui.noRunYet") : SyncTexts.summary(i18n, history.get(0));
        }, runs.lastReportProperty(), channels.history(), i18n.localeProperty()));
        return log;
    }

    private TableView<RunSummary> history() {
        Columns columns = new Columns(i18n);
        TableView<RunSummary> table = new TableView<>(channels.history());
        table.setId("channel-history-table");
        table.getColumns().setAll(List.of(
                Columns.width(columns.text("sync.ui.history.column.started", (r, f) -> f.dateTime(r.startedAt())), 130),
                Columns.width(columns.label("sync.ui.history.column.status", "sync.ui.runStatus.",
                        RunSummary::status), 90),
                columns.number("sync.ui.history.column.pulled", (r, f) -> f.integer(r.pulled())),
                columns.number("sync.ui.history.column.pushed", (r, f) -> f.integer(r.pushed())),
                columns.number("sync.ui.history.column.retries", (r, f) -> f.integer(r.retries())),
                columns.number("sync.ui.history.column.rateLimited", (r, f) -> f.integer(r.rateLimited())),
                columns.number("sync.ui.history.column.errors", (r, f) -> f.integer(r.errors())),
                columns.number("sync.ui.history.column.duration", (r, f) -> r.finishedAt() == null ? "–"
                        : SyncTexts.duration(Duration.between(r.startedAt(), r.finishedAt()).toMillis()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(i18n.text("sync.ui.noRunYet"));
        table.setPlaceholder(empty);
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.text(key));
        tab.setContent(content);
        return tab;
    }

    Node node() {
        return root;
    }
}
