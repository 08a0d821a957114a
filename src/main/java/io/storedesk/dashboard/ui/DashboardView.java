package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.Change;
import io.storedesk.dashboard.DailySales;
import io.storedesk.dashboard.DashboardOverview;
import io.storedesk.dashboard.KpiSummary;
import io.storedesk.ui.Columns;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import io.storedesk.ui.PaneView;
import io.storedesk.ui.SearchField;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dashboard pane: headline tiles for the last 30 days and the figures by day and channel. */
public final class DashboardView implements PaneView {

    private final VBox root = new VBox();
    private final DashboardViewModel model;
    private final I18n i18n;
    private final KpiTile gmv;
    private final KpiTile orders;
    private final KpiTile aov;
    private final KpiTile refundRate;
    private final Label period = new Label();

    public DashboardView(DashboardViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("dashboard");
        root.getStyleClass().add("table-pane");

        Label title = new Label();
        title.textProperty().bind(i18n.text("nav.dashboard"));
        title.getStyleClass().add("pane-title");
        period.getStyleClass().add("pane-subtitle");
        HBox header = new HBox(12, title, period);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("pane-header");

        gmv = new KpiTile("tile-gmv", "dashboard.kpi.gmv", i18n, true);
        orders = new KpiTile("tile-orders", "dashboard.kpi.orders", i18n, true);
        aov = new KpiTile("tile-aov", "dashboard.kpi.aov", i18n, true);
        refundRate = new KpiTile("tile-refund-rate", "dashboard.kpi.refundRate", i18n, false);
        FlowPane tiles = new FlowPane(12, 12, gmv.node(), orders.node(), aov.node(), refundRate.node());
        tiles.getStyleClass().add("kpi-tiles");

        root.getChildren().addAll(header, tiles, tableSection());
        model.overviewProperty().addListener((obs, old, now) -> showFigures());
        i18n.localeProperty().addListener((obs, old, now) -> showFigures());
    }

    private Node tableSection() {
        Label subtitle = new Label();
        subtitle.textProperty().bind(i18n.text("dashboard.byDay"));
        subtitle.getStyleClass().add("section-title");
        TextField search = SearchField.create("dashboard-search", i18n, "dashboard.search", 20);
        search.textProperty().bindBidirectional(model.queryProperty());
        Label count = new Label();
        count.setId("dashboard-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(i18n.text("table.count", Bindings.size(model.shownDays()),
                Bindings.size(model.days())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, subtitle, spacer, count, search);
        bar.setAlignment(Pos.CENTER_LEFT);

        Columns c = new Columns(i18n);
        TableView<DailySales> table = new TableView<>(model.shownDays());
        table.setId("dashboard-table");
        table.getColumns().setAll(List.of(
                c.text("dashboard.column.day", (row, f) -> f.date(row.day())),
                c.text("dashboard.column.channel", DailySales::channel),
                c.number("dashboard.column.orders", (row, f) -> f.integer(row.figures().orders())),
                c.number("dashboard.column.units", (row, f) -> f.integer(row.figures().units())),
                c.number("dashboard.column.gmv", (row, f) -> f.money(row.figures().gmv(), "CNY")),
                c.number("dashboard.column.refunds", (row, f) -> f.money(row.figures().refunds(), "CNY"))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() != null
                ? i18n.describe(model.failureProperty().get())
                : i18n.get(model.loadingProperty().get() ? "table.loading" : "table.empty"),
                model.failureProperty(), model.loadingProperty(), i18n.localeProperty()));
        table.setPlaceholder(empty);
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox section = new VBox(8, bar, table);
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }

    private void showFigures() {
        DashboardOverview o = model.overviewProperty().get();
        if (o == null) {
            return;
        }
        Formats f = i18n.formats();
        KpiSummary now = o.current();
        KpiSummary before = o.previous();
        period.setText(i18n.get("dashboard.period", o.period().days(), f.date(o.period().first()),
                f.date(o.period().last())));
        gmv.show(f.money(now.gmv(), "CNY"), Change.relative(now.gmv(), before.gmv()));
        orders.show(f.integer(now.orders()), Change.relative(BigDecimal.valueOf(now.orders()),
                BigDecimal.valueOf(before.orders())));
        aov.show(now.aov().map(v -> f.money(v, "CNY")).orElse("–"),
                now.aov().flatMap(a -> before.aov().flatMap(b -> Change.relative(a, b))));
        refundRate.show(now.refundRate().map(f::percent).orElse("–"),
                now.refundRate().flatMap(a -> before.refundRate().flatMap(b -> Change.relative(a, b))));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }

    /** What the tiles show now, for tests: title and value of each. */
    public List<String> tileTexts() {
        return List.of(gmv.title(), gmv.value(), orders.title(), orders.value(), aov.title(), aov.value(),
                refundRate.title(), refundRate.value());
    }
}
