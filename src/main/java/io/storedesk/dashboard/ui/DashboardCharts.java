package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.customers.CustomerGroup;
import io.storedesk.dashboard.customers.GroupShare;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.DayFigures;
import io.storedesk.dashboard.kpi.RefundReason;
import io.storedesk.dashboard.kpi.TopSku;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dashboard's charts and lists for one read: GMV and orders by day, orders by weekday × hour, the channel
 * and province mix, the top SKUs and why money went back. Drawn again for each read and language.
 */
final class DashboardCharts {

    private static final int MIX_ROWS = 8;

    private final I18n i18n;
    private final LineChart<String, Number> byDay = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final GridPane heat = new GridPane();
    private final VBox channels = new VBox(4);
    private final VBox provinces = new VBox(4);
    private final VBox top = new VBox(3);
    private final VBox reasons = new VBox(3);
    private final VBox tiers = new VBox(4);
    private final VBox segments = new VBox(4);

    private final Consumer<CustomerGroup> exportGroup;

    /** exportGroup is asked when a tier's or segment's export button is pressed. */
    DashboardCharts(I18n i18n, Consumer<CustomerGroup> exportGroup) {
        this.i18n = i18n;
        this.exportGroup = exportGroup;
        byDay.setId("dashboard-by-day");
        byDay.setAnimated(false);
        byDay.setCreateSymbols(false);
        byDay.setPrefHeight(240);
        byDay.setLegendVisible(true);
        heat.setId("dashboard-heatmap");
        heat.setHgap(1);
        heat.setVgap(1);
        channels.setId("dashboard-channels");
        provinces.setId("dashboard-provinces");
        top.setId("dashboard-top-skus");
        reasons.setId("dashboard-refund-reasons");
        tiers.setId("dashboard-tiers");
        segments.setId("dashboard-segments");
    }

    Node tiers() {
        return tiers;
    }

    Node segments() {
        return segments;
    }

    Node byDay() {
        return byDay;
    }

    Node heatmap() {
        return heat;
    }

    Node channels() {
        return channels;
    }

    Node provinces() {
        return provinces;
    }

    Node topSkus() {
        return top;
    }

    Node refundReasons() {
        return reasons;
    }

    void show(DashboardData data) {
        Formats f = i18n.formats();
        showByDay(data.report().days());
        showHeat(data.weekdayHours());
        mix(channels, data.channels(), f);
        mix(provinces, data.provinces(), f);
        top.getChildren().clear();
        int rank = 1;
        for (TopSku sku : data.topSkus()) {
            top.getChildren().add(line(i18n.get("dashboard.top.line", rank++, sku.code(), sku.title(),
                    f.money(sku.gmv(), "CNY"), sku.units())));
        }
        reasons.getChildren().clear();
        for (RefundReason r : data.refundReasons()) {
            String why = r.reason() == null ? i18n.get("dashboard.reason.none")
                    : i18n.has("aftersales.reason." + r.reason()) ? i18n.get("aftersales.reason." + r.reason())
                    : r.reason();
            reasons.getChildren().add(line(i18n.get("dashboard.reason.line", i18n.get("dashboard.refundKind."
                    + r.kind()), why, r.refunds(), f.money(r.amount(), "CNY"))));
        }
        if (data.refundReasons().isEmpty()) {
            reasons.getChildren().add(line(i18n.get("dashboard.reason.empty")));
        }
        groups(tiers, data.segments().tiers(), f);
        groups(segments, data.segments().segments(), f);
    }

    /** Customers of each tier or segment, with a bar for their share of revenue. */
    private void groups(VBox box, List<GroupShare> shares, Formats f) {
        box.getChildren().clear();
        for (GroupShare g : shares) {
            Label name = new Label(i18n.get(g.group().messageKey()));
            name.setMinWidth(130);
            name.setPrefWidth(130);
            Region bar = new Region();
            bar.getStyleClass().add("mix-bar");
            bar.setPrefSize(Math.max(2, 1.6 * g.revenueSharePercent().doubleValue()), 12);
            bar.setMaxHeight(12);
            Label value = new Label(i18n.get("dashboard.group.value", g.customers(),
                    g.revenueSharePercent().toPlainString()));
            Button export = new Button(null, Icon.EXPORT.node());
            export.getStyleClass().addAll("flat", "small-icon-button");
            export.setId("dashboard-export-" + g.group().name().toLowerCase(Locale.ROOT));
            export.setTooltip(new Tooltip(i18n.get("dashboard.segment.export", i18n.get(g.group().messageKey()))));
            export.setOnAction(e -> exportGroup.accept(g.group()));
            HBox row = new HBox(8, name, bar, value, export);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
    }

    private void showByDay(List<DayFigures> days) {
        XYChart.Series<String, Number> gmv = new XYChart.Series<>();
        gmv.setName(i18n.get("dashboard.kpi.gmv"));
        XYChart.Series<String, Number> net = new XYChart.Series<>();
        net.setName(i18n.get("dashboard.kpi.net_revenue"));
        for (DayFigures d : days) {
            String day = d.day().getMonthValue() + "-" + d.day().getDayOfMonth();
            gmv.getData().add(new XYChart.Data<>(day, d.figures().gmv()));
            net.getData().add(new XYChart.Data<>(day, d.figures().netRevenue()));
        }
        byDay.getData().setAll(List.of(gmv, net));
    }

    /** Seven rows (Monday first) × 24 hours, each cell as dark as its share of the busiest cell. */
    private void showHeat(List<BreakdownRow> cells) {
        heat.getChildren().clear();
        Map<String, Long> orders = new HashMap<>();
        cells.forEach(c -> orders.put(c.key(), c.orders()));
        long max = Math.max(1, orders.values().stream().mapToLong(Long::longValue).max().orElse(1));
        for (int hour = 0; hour < 24; hour += 3) {
            Label h = new Label(String.valueOf(hour));
            h.getStyleClass().add("heat-axis");
            heat.add(h, hour + 1, 0, 3, 1);
        }
        for (int weekday = 1; weekday <= 7; weekday++) {
            Label d = new Label(i18n.get("dashboard.weekday." + weekday));
            d.getStyleClass().add("heat-axis");
            // A narrow pane shrinks the grid's first column first: the day's name must stay whole, not "…".
            d.setMinWidth(Region.USE_PREF_SIZE);
            heat.add(d, 0, weekday);
            for (int hour = 0; hour < 24; hour++) {
                long n = orders.getOrDefault(weekday + "-" + (hour < 10 ? "0" + hour : String.valueOf(hour)), 0L);
                Region cell = new Region();
                cell.setPrefSize(14, 14);
                cell.setStyle("-fx-background-color: rgba(31, 111, 235, " + (0.08 + 0.92 * n / max) + ");");
                Tooltip.install(cell, new Tooltip(i18n.get("dashboard.heat.cell", i18n.get("dashboard.weekday."
                        + weekday), hour, n)));
                heat.add(cell, hour + 1, weekday);
            }
        }
    }

    /** The biggest groups by GMV with a bar for their share. */
    private void mix(VBox box, List<BreakdownRow> rows, Formats f) {
        box.getChildren().clear();
        BigDecimal total = rows.stream().map(BreakdownRow::gmv).reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.stream().sorted((a, b) -> b.gmv().compareTo(a.gmv())).limit(MIX_ROWS).forEach(r -> {
            double share = total.signum() == 0 ? 0 : r.gmv().doubleValue() / total.doubleValue();
            Label name = new Label(r.label());
            name.setMinWidth(110);
            name.setPrefWidth(110);
            Region bar = new Region();
            bar.getStyleClass().add("mix-bar");
            bar.setPrefSize(Math.max(2, 160 * share), 12);
            bar.setMaxHeight(12);
            Label value = new Label(i18n.get("dashboard.mix.value", f.money(r.gmv(), "CNY"),
                    f.percent(BigDecimal.valueOf(share))));
            // A narrow pane shortens the bar before the figures; a long shop name keeps its whole self in a tooltip.
            value.setMinWidth(Region.USE_PREF_SIZE);
            name.setTooltip(new Tooltip(r.label()));
            HBox row = new HBox(8, name, bar, value);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(value, Priority.NEVER);
            box.getChildren().add(row);
        });
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
