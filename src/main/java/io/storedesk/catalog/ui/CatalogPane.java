package io.storedesk.catalog.ui;

import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.MarginBand;
import io.storedesk.catalog.SkuRow;
import io.storedesk.ui.Choices;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notices;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.RevealInTable;
import io.storedesk.ui.SearchField;
import io.storedesk.ui.layout.LayoutMemory;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The catalog pane: search and filters above, the category tree on the left, the SKU table in the middle
 * (sorting, paging, editing in place, selecting for bulk changes) and the chosen SKU's detail on the right;
 * import and export of spreadsheets from the header.
 */
public final class CatalogPane implements PaneView {

    private final VBox root = new VBox();
    private final CatalogViewModel model;
    private final I18n i18n;
    private final TableView<SkuRow> table;

    /**
     * openImport: opens the import wizard over this window (for catalog files); it runs the given action
     * when an import changed data.
     */
    public CatalogPane(CatalogViewModel model, I18n i18n, BiConsumer<Window, Runnable> openImport) {
        this.model = model;
        this.i18n = i18n;
        root.setId("catalog");
        root.getStyleClass().addAll("table-pane", "catalog-pane");

        table = CatalogTable.create(model, i18n);
        Node tree = CategoryTreeView.create(model, i18n);
        Node detail = new SkuDetailPanel(model, i18n).node();
        SplitPane split = new SplitPane(tree, table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.16, 0.75);
        LayoutMemory.remember(split, "catalog");
        // A wider window widens the table; the tree and the detail keep their width.
        SplitPane.setResizableWithParent(tree, false);
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header(openImport), filters(), noticeBar(), new BulkActionBar(model, i18n).node(),
                split);
    }

    private HBox header(BiConsumer<Window, Runnable> openImport) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("nav.catalog"));
        title.getStyleClass().add("pane-title");

        TextField search = SearchField.create("catalog-search", i18n, "catalog.search", 26);
        search.textProperty().bindBidirectional(model.textProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(150));
        typing.setOnFinished(e -> {
            model.offsetProperty().set(0);
            model.refresh();
        });
        search.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            model.offsetProperty().set(0);
            model.refresh();
        });

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.visibleProperty().bind(model.loadingProperty());
        busy.setMaxSize(18, 18);

        Button importButton = new Button(null, Icon.IMPORT.node());
        importButton.setId("catalog-import");
        importButton.textProperty().bind(i18n.text("catalog.import"));
        importButton.setOnAction(e -> openImport.accept(root.getScene().getWindow(), model::reload));
        DeniedHint.disableUnless(importButton, model.canImportProperty(), i18n);

        MenuButton export = new MenuButton(null, Icon.EXPORT.node());
        export.setId("catalog-export");
        export.textProperty().bind(i18n.text("catalog.export"));
        MenuItem exportView = new MenuItem();
        exportView.textProperty().bind(i18n.text("catalog.export.view", model.totalProperty()));
        exportView.setOnAction(e -> chooseExportFile().ifPresent(file -> model.export(file, false)));
        MenuItem exportSelection = new MenuItem();
        exportSelection.textProperty().bind(i18n.text("catalog.export.selection", Bindings.size(model.selection())));
        exportSelection.disableProperty().bind(Bindings.isEmpty(model.selection()));
        exportSelection.setOnAction(e -> chooseExportFile().ifPresent(file -> model.export(file, true)));
        export.getItems().setAll(exportView, exportSelection);
        DeniedHint.disableUnless(export, model.canExportProperty(), i18n);

        // Shown only while this desk has a change to take back; Ctrl+Z presses it (the shortcut registry).
        Button undo = new Button(null, Icon.UNDO.node());
        undo.setId("catalog-undo");
        undo.textProperty().bind(i18n.text("catalog.action.undo"));
        undo.setTooltip(new Tooltip());
        undo.getTooltip().textProperty().bind(i18n.text("catalog.action.undo.tooltip"));
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undo());

        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> model.reload());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, busy, search, undo, importButton, export, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private HBox filters() {
        ComboBox<LifecycleStage> stage = Choices.withAny("catalog-filter-stage", i18n, "catalog.filter.anyStage",
                List.of(LifecycleStage.values()), s -> "catalog.stage." + s.name());
        stage.valueProperty().bindBidirectional(model.stageProperty());
        ComboBox<Boolean> listed = Choices.withAny("catalog-filter-listed", i18n, "catalog.filter.anyListing",
                List.of(true, false), l -> l ? "catalog.listed" : "catalog.delisted");
        listed.valueProperty().bindBidirectional(model.listedProperty());
        ComboBox<MarginBand> margin = Choices.withAny("catalog-filter-margin", i18n, "catalog.filter.anyMargin",
                List.of(MarginBand.values()), b -> "catalog.band." + b.name());
        margin.valueProperty().bindBidirectional(model.marginBandProperty());
        Button clear = new Button();
        clear.setId("catalog-clear-filters");
        clear.getStyleClass().add("flat");
        clear.textProperty().bind(i18n.text("catalog.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());

        Label count = new Label();
        count.setId("catalog-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long total = model.totalProperty().get();
            int from = model.offsetProperty().get();
            int shown = model.rows().size();
            return total == 0 ? i18n.get("catalog.page.none")
                    : i18n.get("catalog.page", from + 1, from + shown, total);
        }, model.totalProperty(), model.offsetProperty(), model.rows(), i18n.localeProperty()));
        Button previous = new Button(null, Icon.PREVIOUS_PAGE.node());
        previous.setId("catalog-previous");
        previous.getStyleClass().add("flat");
        previous.disableProperty().bind(model.offsetProperty().isEqualTo(0));
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button(null, Icon.NEXT_PAGE.node());
        next.setId("catalog-next");
        next.getStyleClass().add("flat");
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.hasNextPage(),
                model.offsetProperty(), model.totalProperty()));
        next.setOnAction(e -> model.nextPage());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, stage, listed, margin, clear, spacer, count, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private Node noticeBar() {
        return Notices.bar("catalog-notice", i18n, model.noticeProperty(), model::dismissNotice);
    }

    private Optional<Path> chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("catalog.export"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(i18n.get("catalog.export.fileName") + ".xlsx");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Node node() {
        return root;
    }

    /** Each time the pane is shown: the tree's counts and the table afresh. */
    @Override
    public void shown() {
        model.reload();
    }

    /** The SKU with this code, found with every filter cleared, and selected. */
    @Override
    public void reveal(String skuCode) {
        RevealInTable.selectWhenRead(table, r -> skuCode.equals(r.code()));
        model.textProperty().set(skuCode);
        model.categoryProperty().set(null);
        model.stageProperty().set(null);
        model.listedProperty().set(null);
        model.marginBandProperty().set(null);
        model.offsetProperty().set(0);
        model.refresh();
    }
}
