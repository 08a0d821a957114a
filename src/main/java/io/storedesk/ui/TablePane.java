package io.storedesk.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A pane whose heart is one table: a title, a search box (searching as you type), how many rows
 * match, and the rows. Built in code; all state lives in its {@link SearchableTableModel}.
 */
public final class TablePane<T> implements PaneView {

    private final VBox root = new VBox();
    private final TableView<T> table = new TableView<>();
    private final SearchableTableModel<T> model;

    public TablePane(String id, I18n i18n, String titleKey, String searchPromptKey, SearchableTableModel<T> model,
                     List<TableColumn<T, ?>> columns) {
        this.model = model;
        root.setId(id);
        root.getStyleClass().add("table-pane");

        Label title = new Label();
        title.textProperty().bind(i18n.text(titleKey));
        title.getStyleClass().add("pane-title");

        TextField search = SearchField.create(id + "-search", i18n, searchPromptKey, 26);
        model.queryProperty().bindBidirectional(search.textProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(200));
        typing.setOnFinished(e -> model.refresh());
        search.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            model.refresh();
        });

        Label count = new Label();
        count.setId(id + "-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(i18n.text("table.count", model.shownProperty(), model.totalProperty()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.setMaxSize(18, 18);

        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.refresh());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, busy, count, search, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        table.setId(id + "-table");
        table.getColumns().setAll(columns);
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() != null
                ? i18n.describe(model.failureProperty().get())
                : model.loadingProperty().get() ? i18n.get("table.loading") : i18n.get("table.empty"),
                model.failureProperty(), model.loadingProperty(), i18n.localeProperty()));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        // Cells format with the current language; redraw them when it changes.
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());

        root.getChildren().addAll(header, table);
    }

    @Override
    public Node node() {
        return root;
    }

    /** Each time the pane is shown, its table is fetched afresh. */
    @Override
    public void shown() {
        model.refresh();
    }

}
