package io.storedesk.dashboard.ui;

import io.storedesk.common.Messages;
import io.storedesk.dashboard.Change;
import io.storedesk.dashboard.anomaly.AlertText;
import io.storedesk.dashboard.anomaly.KpiAlert;
import io.storedesk.dashboard.customers.CustomerGroup;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.KpiReport;
import io.storedesk.dashboard.kpi.StockKpis;
import io.storedesk.dashboard.kpi.TicketKpis;
import io.storedesk.ui.Choices;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import io.storedesk.ui.Notice;
import io.storedesk.ui.Notices;
import io.storedesk.ui.PaneView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dashboard pane: anomaly alerts first; for the chosen period and channel, the KPI tiles (value, change
 * against the previous period, course over the period, definition on hover), after-sales figures, GMV by day,
 * orders by weekday and hour, the channel and province mix, top SKUs, refund reasons, and the customers by
 * tier and RFM segment.
 */
public final class DashboardView implements PaneView {

    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    private final VBox root = new VBox();
    private final DashboardViewModel model;
    private final I18n i18n;
    private final List<KpiTile> tiles = new ArrayList<>();
    private final KpiTile openTickets;
    private final KpiTile slaAttainment;
    private final KpiTile satisfaction;
    private final KpiTile turnover;
    private final KpiTile daysOfInventory;
    private final KpiTile stockOuts;
    private final KpiTile belowSafety;
    private final DashboardCharts charts;
    private final CohortGrid cohorts;
    private final Label period = new Label();
    private final VBox alerts = new VBox(4);
    private final List<ComboBox<?>> filterBoxes = new ArrayList<>();
    private HBox titleRow;

    public DashboardView(DashboardViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("dashboard");
        root.getStyleClass().add("table-pane");
        DashboardTiles.SALES.forEach(s -> tiles.add(new KpiTile(s.id(), s.key(), i18n, s.higherIsBetter())));
        openTickets = new KpiTile("tile-open-tickets", "dashboard.kpi.open_tickets", i18n, false);
        slaAttainment = new KpiTile("tile-sla", "dashboard.kpi.sla_attainment", i18n, true);
        satisfaction = new KpiTile("tile-satisfaction", "dashboard.kpi.satisfaction", i18n, true);
        turnover = new KpiTile("tile-turnover", "dashboard.kpi.turnover", i18n, true);
        daysOfInventory = new KpiTile("tile-days-of-inventory", "dashboard.kpi.days_of_inventory", i18n, false);
        stockOuts = new KpiTile("tile-stock-outs", "dashboard.kpi.stock_outs", i18n, false);
        belowSafety = new KpiTile("tile-below-safety", "dashboard.kpi.below_safety", i18n, false);
        for (int i = 0; i < tiles.size(); i++) {
            DashboardTiles.Spec spec = DashboardTiles.SALES.get(i);
            tiles.get(i).onOpen(() -> model.drill(spec.id(), spec.key()));
        }
        stockOuts.onOpen(() -> model.drill("tile-stock-outs", "dashboard.kpi.stock_outs"));
        belowSafety.onOpen(() -> model.drill("tile-below-safety", "dashboard.kpi.below_safety"));
        model.drillProperty().addListener((obs, old, rows) -> {
            if (rows != null) {
                TileRowsDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), i18n, rows);
                model.drillShown();
            }
        });
        FlowPane tileGrid = new FlowPane(12, 12);
        tiles.forEach(t -> tileGrid.getChildren().add(t.node()));
        tileGrid.getChildren().addAll(turnover.node(), daysOfInventory.node(), stockOuts.node(), belowSafety.node(),
                openTickets.node(), slaAttainment.node(), satisfaction.node());
        tileGrid.getStyleClass().add("kpi-tiles");
        charts = new DashboardCharts(i18n, this::exportGroup);
        cohorts = new CohortGrid(i18n);
        HBox mixes = new HBox(24, section("dashboard.section.heatmap", charts.heatmap()),
                section("dashboard.section.channels", charts.channels()),
                section("dashboard.section.provinces", charts.provinces()));
        HBox lists = new HBox(24, section("dashboard.section.topSkus", charts.topSkus()),
                section("dashboard.section.refundReasons", charts.refundReasons()));
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        HBox customers = new HBox(24, section("dashboard.section.tiers", charts.tiers()),
                section("dashboard.section.segments", charts.segments()));
        content.getChildren().addAll(section("dashboard.section.alerts", alerts), tileGrid,
                section("dashboard.section.byDay", charts.byDay()), mixes, lists, customers,
                section("dashboard.section.cohorts", cohorts.node()));
        content.setPadding(new Insets(4, 12, 12, 12));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header(), Notices.bar("dashboard-notice", i18n, model.noticeProperty(),
                model::dismissNotice), scroll);
        alerts.setId("dashboard-alerts");
        model.dataProperty().addListener((obs, old, now) -> show());
        model.alerts().addListener((ListChangeListener<KpiAlert>) change -> showAlerts());
        i18n.localeProperty().addListener((obs, old, now) -> {
            show();
            showAlerts();
        });
    }

    private VBox header() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("nav.dashboard"));
        title.getStyleClass().add("pane-title");
        period.setId("dashboard-period");
        period.getStyleClass().add("pane-subtitle");
        ComboBox<DashboardRange> range = Choices.withAny("dashboard-range", i18n, "dashboard.range.DAYS_30",
                List.of(DashboardRange.values()), r -> "dashboard.range." + r.name());
        range.getItems().remove(null);
        range.valueProperty().bindBidirectional(model.rangeProperty());
        DatePicker from = new DatePicker();
        from.setId("dashboard-from");
        from.valueProperty().bindBidirectional(model.customFromProperty());
        DatePicker to = new DatePicker();
        to.setId("dashboard-to");
        to.valueProperty().bindBidirectional(model.customToProperty());
        List.of(from, to).forEach(p -> {
            p.setPrefWidth(130);
            p.visibleProperty().bind(model.rangeProperty().isEqualTo(DashboardRange.CUSTOM));
            p.managedProperty().bind(p.visibleProperty());
        });
        ComboBox<BreakdownRow> channel = Choices.withAnyNamed("dashboard-channel", i18n, "dashboard.anyChannel",
                model.channels(), BreakdownRow::label);
        channel.valueProperty().addListener((obs, old, now) -> model.channelProperty().set(now == null ? null
                : Long.valueOf(now.key())));
        ComboBox<BreakdownRow> warehouse = Choices.withAnyNamed("dashboard-warehouse", i18n,
                "dashboard.anyWarehouse", model.warehouses(), BreakdownRow::label);
        warehouse.valueProperty().addListener((obs, old, now) -> model.warehouseProperty().set(now == null ? null
                : Long.valueOf(now.key())));
        ComboBox<BreakdownRow> category = Choices.withAnyNamed("dashboard-category", i18n, "dashboard.anyCategory",
                model.categories(), BreakdownRow::label);
        category.valueProperty().addListener((obs, old, now) -> model.categoryProperty().set(now == null ? null
                : Long.valueOf(now.key())));
        ComboBox<BreakdownRow> province = Choices.withAnyNamed("dashboard-province", i18n, "dashboard.anyProvince",
                model.provinces(), BreakdownRow::label);
        province.valueProperty().addListener((obs, old, now) -> model.provinceProperty().set(now == null ? null
                : now.key()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("small-busy");
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Button refresh = new Button(null, Icon.REFRESH.node());
        refresh.setId("dashboard-refresh");
        refresh.getStyleClass().add("flat");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(e -> model.refreshFromOrders());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Two rows: the title and period read in full, the filters keep their width.
        titleRow = new HBox(8, title, period, spacer, busy, refresh);
        filterBoxes.addAll(List.of(channel, warehouse, category, province));
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, range, from, to, channel, warehouse, category, province);
        filters.setAlignment(Pos.CENTER_LEFT);
        List.of(channel, warehouse, category, province).forEach(c -> c.setPrefWidth(160));
        VBox header = new VBox(6, titleRow, filters);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private void exportGroup(CustomerGroup group) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dashboard.segment.export", i18n.get(group.messageKey())));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(i18n.get(group.messageKey()) + ".xlsx");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.exportGroup(group, file.toPath(), i18n.locale());
        }
    }

    private VBox section(String key, Node body) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("section-title");
        VBox box = new VBox(6, label, body);
        box.getStyleClass().add("dashboard-section");
        return box;
    }

    private void show() {
        DashboardData data = model.dataProperty().get();
        if (data == null) {
            return;
        }
        Formats f = i18n.formats();
        KpiReport report = data.report();
        var p = report.query().period();
        period.setText(i18n.get("dashboard.periodRange", f.date(p.first()), f.date(p.last()), p.days()));
        for (int i = 0; i < tiles.size(); i++) {
            DashboardTiles.Spec spec = DashboardTiles.SALES.get(i);
            BigDecimal now = spec.figure().apply(report.current());
            BigDecimal before = spec.figure().apply(report.previous());
            tiles.get(i).show(now == null ? "–" : spec.format().apply(f, now),
                    now == null || before == null ? Optional.empty() : Change.relative(now, before));
            tiles.get(i).trend(DashboardTiles.points(spec, report));
        }
        TicketKpis t = report.tickets();
        openTickets.show(t == null ? "–" : f.integer(t.openTickets()), Optional.empty());
        slaAttainment.show(t == null || t.slaAttainment() == null ? "–" : f.percent(t.slaAttainment()),
                Optional.empty());
        satisfaction.show(t == null || t.satisfaction() == null ? "–" : i18n.get("dashboard.satisfaction.value",
                t.satisfaction()), Optional.empty());
        StockKpis stock = report.stock();
        turnover.show(stock == null || stock.turnover() == null ? "–"
                : i18n.get("dashboard.kpi.turnover.value", stock.turnover()), Optional.empty());
        daysOfInventory.show(stock == null || stock.daysOfInventory() == null ? "–"
                : i18n.get("dashboard.kpi.days_of_inventory.value", stock.daysOfInventory()), Optional.empty());
        stockOuts.show(stock == null ? "–" : f.integer(stock.stockOuts()), Optional.empty());
        belowSafety.show(stock == null ? "–" : f.integer(stock.belowSafety()), Optional.empty());
        charts.show(data);
        cohorts.show(data.cohorts());
    }

    /** Each open alert in words, with a button to mark it seen; a quiet line when there is none. */
    private void showAlerts() {
        alerts.getChildren().clear();
        AlertText text = new AlertText(new Messages(i18n.locale()), "CNY");
        for (KpiAlert alert : model.alerts()) {
            Label what = new Label(text.describe(alert));
            what.setWrapText(true);
            what.getStyleClass().add("alert-text");
            HBox.setHgrow(what, Priority.ALWAYS);
            Button seen = new Button(i18n.get("dashboard.alert.acknowledge"));
            seen.setId("dashboard-alert-ack-" + alert.id());
            seen.setMinWidth(Region.USE_PREF_SIZE);
            seen.setOnAction(e -> model.acknowledge(alert));
            HBox row = new HBox(10, what, seen);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("dashboard-alert");
            alerts.getChildren().add(row);
        }
        if (model.alerts().isEmpty()) {
            Label none = new Label(i18n.get("dashboard.alert.none"));
            none.getStyleClass().add("empty-state");
            alerts.getChildren().add(none);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.refresh();
    }

    // What the dashboard snapshot (issue 10, decision 0030) prints and where its button goes.
    /** Puts an action in the header, before the refresh button. */
    public void addHeaderAction(Node action) {
        titleRow.getChildren().add(titleRow.getChildren().size() - 1, action);
    }

    /** The alerts, tiles and charts below the header, drawn whole (not only the part scrolled into view). */
    public Node body() {
        return content;
    }

    /** The period as the header shows it. */
    public String periodText() {
        return period.getText();
    }

    /** The chosen channel, warehouse, category and province, as their boxes show them; empty when all are "any". */
    public List<String> chosenFilters() {
        return filterBoxes.stream().filter(b -> b.getValue() != null && b.getButtonCell() != null)
                .map(b -> b.getButtonCell().getText()).toList();
    }

    /** Shows what an added action did, or why not, in the pane's notice bar. */
    public void report(Notice notice) {
        model.report(notice);
    }

    /** What the tiles show now, for tests: title and value of each. */
    public List<String> tileTexts() {
        List<String> texts = new ArrayList<>();
        tiles.forEach(t -> {
            texts.add(t.title());
            texts.add(t.value());
        });
        return texts;
    }
}
