package io.storedesk.sync.ui;

import io.storedesk.ui.Columns;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.layout.LayoutMemory;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Channels page: the shops and the ERP StoreDesk syncs with, how each last synced and what waits for it;
 * adding one; and the chosen one's tests, runs and outbox. The navigation's count is the outbox rows held or
 * refused, which wait for a person.
 */
public final class ChannelsPane implements PaneView {

    private final ChannelsViewModel model;
    private final I18n i18n;
    private final Supplier<AddChannelViewModel> newChannel;
    private final VBox root = new VBox(10);
    private final TableView<ChannelRow> table = new TableView<>();

    public ChannelsPane(ChannelsViewModel model, SyncRunViewModel runs, OutboxViewModel outbox, I18n i18n,
                        Supplier<AddChannelViewModel> newChannel, Consumer<Window> stockPolicy) {
        this.model = model;
        this.i18n = i18n;
        this.newChannel = newChannel;
        root.setId("channels");
        root.getStyleClass().add("channels-pane");
        ChannelDetailView detail = new ChannelDetailView(model, runs, new OutboxView(outbox, i18n), i18n,
                () -> stockPolicy.accept(root.getScene().getWindow()));
        SplitPane split = new SplitPane(table(), detail.node());
        split.setDividerPositions(0.42);
        LayoutMemory.remember(split, "channels");
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header(), Notices.bar("channels-notice", i18n, model.noticeProperty(),
                model::dismissNotice), split);
    }

    private HBox header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("sync.ui.title"));
        title.getStyleClass().add("pane-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.setMaxSize(18, 18);
        Button add = new Button(null, Icon.ADD.node());
        add.setId("channels-add");
        add.getStyleClass().add("accent");
        add.textProperty().bind(i18n.text("sync.ui.add.button"));
        add.setOnAction(e -> AddChannelDialog.show(root.getScene().getWindow(), newChannel.get(), i18n)
                .ifPresent(model::added));
        DeniedHint.disableUnless(add, model.canEditProperty(), i18n);
        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.setId("channels-refresh");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, busy, add, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private TableView<ChannelRow> table() {
        Columns columns = new Columns(i18n);
        table.setId("channels-table");
        table.getColumns().setAll(List.of(
                Columns.width(columns.text("sync.ui.column.name", ChannelRow::name), 130),
                Columns.width(columns.text("sync.ui.column.kind", r -> i18n.get("sync.ui.kind." + r.kind().name())),
                        100),
                Columns.width(columns.text("sync.ui.column.baseUrl", ChannelRow::baseUrl), 160),
                Columns.width(columns.text("sync.ui.column.lastRun", r -> r.running() ? i18n.get("sync.ui.running")
                        : SyncTexts.lastRun(i18n, r.lastRun())), 170),
                columns.text("sync.ui.column.outbox", r -> SyncTexts.outbox(i18n, r.outbox()))));
        table.setItems(model.channels());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "channels");
        Label empty = new Label();
        empty.setId("channels-empty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? i18n.get("table.loading") : i18n.get("sync.ui.empty"), model.loadingProperty(),
                i18n.localeProperty()));
        table.setPlaceholder(empty);
        // The table follows the model's choice (after a refresh or an add) and tells it the person's choice.
        model.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        // Replacing the rows clears the table's choice; an unchanged chosen row fires no change, so restore it here.
        model.channels().addListener((ListChangeListener<ChannelRow>) change ->
                table.getSelectionModel().select(model.selectedProperty().get()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.selectedProperty().get())) {
                model.select(now);
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public ObservableValue<? extends Number> badge() {
        return model.needsAttention();
    }
}
