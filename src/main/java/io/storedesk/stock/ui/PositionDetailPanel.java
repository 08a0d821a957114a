package io.storedesk.stock.ui;

import io.storedesk.stock.Movement;
import io.storedesk.stock.SalesHistory;
import io.storedesk.stock.ui.StockWarningsViewModel.PositionDetail;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected position: its figures, its daily sales over the planning window and its ledger. */
final class PositionDetailPanel {

    private final VBox root = new VBox(8);
    private final I18n i18n;
    private final Label title = new Label();
    private final Label figures = new Label();
    private final BarChart<String, Number> sales = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ObservableList<Movement> ledger = FXCollections.observableArrayList();

    PositionDetailPanel(StockWarningsViewModel model, I18n i18n) {
        this.i18n = i18n;
        root.setId("stock-detail");
        root.getStyleClass().add("detail-panel");
        root.setMinWidth(340);
        root.setPadding(new javafx.geometry.Insets(10));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.setWrapText(true);
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.setId("stock-detail-figures");
        sales.setId("stock-detail-sales");
        sales.setLegendVisible(false);
        sales.setAnimated(false);
        sales.setCategoryGap(1);
        sales.setBarGap(0);
        sales.setPrefHeight(200);
        sales.getXAxis().setTickLabelsVisible(false);
        Label salesTitle = new Label();
        salesTitle.textProperty().bind(i18n.text("stock.detail.sales"));
        salesTitle.getStyleClass().add("detail-section");
        Label ledgerTitle = new Label();
        ledgerTitle.textProperty().bind(i18n.text("stock.detail.ledger"));
        ledgerTitle.getStyleClass().add("detail-section");
        TableView<Movement> movements = ledgerTable(i18n);
        VBox.setVgrow(movements, Priority.ALWAYS);
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("stock.detail.none"));
        hint.getStyleClass().add("empty-state");
        root.getChildren().addAll(title, figures, salesTitle, sales, ledgerTitle, movements);
        show(null);
        model.detailProperty().addListener((obs, old, now) -> show(now));
        i18n.localeProperty().addListener((obs, old, now) -> show(model.detailProperty().get()));
    }

    private TableView<Movement> ledgerTable(I18n i18n) {
        TableView<Movement> table = new TableView<>(ledger);
        table.setId("stock-detail-ledger");
        Columns c = new Columns(i18n);
        table.getColumns().setAll(List.of(
                Columns.width(c.text("stock.ledger.time", (m, f) -> f.dateTime(m.occurredAt())), 118),
                Columns.width(c.label("stock.ledger.kind", "stock.movement.", Movement::kind), 70),
                Columns.width(c.number("stock.ledger.quantity", (m, f) -> (m.quantity() > 0 ? "+" : "")
                        + f.integer(m.quantity())), 52),
                Columns.width(c.number("stock.ledger.after", (m, f) -> f.integer(m.onHandAfter())), 52),
                Columns.width(c.text("stock.ledger.reference", m -> m.reference() == null ? "" : m.reference()),
                        90)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("stock.detail.noMovements"));
        table.setPlaceholder(empty);
        return table;
    }

    private void show(PositionDetail detail) {
        if (detail == null) {
            title.setText(i18n.get("stock.detail.none"));
            figures.setText("");
            sales.getData().clear();
            ledger.clear();
            return;
        }
        var warning = detail.row().warning();
        title.setText(warning.skuCode() + " · " + warning.title() + " · " + warning.warehouseCode());
        var plan = detail.row().plan();
        figures.setText(plan == null ? "" : i18n.get("stock.detail.figures",
                String.format(i18n.locale(), "%.2f", plan.demand().dailyRate()), plan.safetyStock(),
                plan.reorderPoint(), String.format(i18n.locale(), "%.1f", plan.turnover())));
        sales.getData().setAll(List.of(series(detail.sales())));
        List<Movement> newestFirst = new java.util.ArrayList<>(detail.ledger());
        java.util.Collections.reverse(newestFirst);
        ledger.setAll(newestFirst);
    }

    private XYChart.Series<String, Number> series(SalesHistory history) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        if (history == null) {
            return series;
        }
        for (int i = 0; i < history.days(); i++) {
            series.getData().add(new XYChart.Data<>(i18n.formats().date(history.firstDay().plusDays(i)),
                    history.units()[i]));
        }
        return series;
    }

    Node node() {
        return root;
    }
}
