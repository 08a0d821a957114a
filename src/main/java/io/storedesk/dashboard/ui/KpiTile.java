package io.storedesk.dashboard.ui;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.storedesk.ui.I18n;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;

/**
 * One headline figure on a TilesFX tile: its name, the value, the change against the previous period (green
 * when it moves the good way) and its course over the period; hovering shows how the figure is defined.
 */
final class KpiTile {

    private static final double SPARK_WIDTH = 180;
    private static final double SPARK_HEIGHT = 22;

    private final Tile tile;
    private final I18n i18n;
    private final boolean higherIsBetter;
    private final Label title = new Label();
    private final Label value = new Label("–");
    private final Label change = new Label();
    private final Polyline spark = new Polyline();

    KpiTile(String id, String titleKey, I18n i18n, boolean higherIsBetter) {
        this.i18n = i18n;
        this.higherIsBetter = higherIsBetter;
        // The tile's own title is drawn small in TilesFX's Latin font; a label follows the theme's CJK font.
        title.textProperty().bind(i18n.text(titleKey));
        title.getStyleClass().add("kpi-title");
        value.getStyleClass().add("kpi-value");
        value.setId(id + "-value");
        change.getStyleClass().add("kpi-change");
        spark.getStyleClass().add("kpi-spark");
        spark.setStroke(Color.web("#7fb3ff"));
        spark.setStrokeWidth(1.5);
        VBox figures = new VBox(4, title, value, change, spark);
        figures.setAlignment(Pos.CENTER_LEFT);
        this.tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(220, 138)
                .backgroundColor(Color.web("#1f2a44"))
                .roundedCorners(true)
                .graphic(figures)
                .build();
        tile.setId(id);
        Tooltip definition = new Tooltip();
        definition.textProperty().bind(i18n.text(titleKey + ".definition"));
        definition.setWrapText(true);
        definition.setMaxWidth(360);
        Tooltip.install(tile, definition);
    }

    /** relative: change against the previous period (0.05 = 5 % up); empty when there is nothing to compare. */
    void show(String figure, Optional<BigDecimal> relative) {
        value.setText(figure);
        change.getStyleClass().removeAll("up", "down");
        if (relative.isEmpty()) {
            change.setText(i18n.get("dashboard.noComparison"));
            return;
        }
        BigDecimal r = relative.get();
        change.setText(i18n.get("dashboard.change", (r.signum() > 0 ? "+" : "") + i18n.formats().percent(r)));
        if (r.signum() != 0) {
            change.getStyleClass().add((r.signum() > 0) == higherIsBetter ? "up" : "down");
        }
    }

    /** The figure's course over the period, one point per day (NaN: the day has none), drawn to the tile's width. */
    void trend(List<Double> points) {
        spark.getPoints().clear();
        if (points.size() < 2) {
            return;
        }
        double max = points.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).max().orElse(0);
        double min = points.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).min().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        for (int i = 0; i < points.size(); i++) {
            if (!Double.isNaN(points.get(i))) {
                spark.getPoints().addAll(i * SPARK_WIDTH / (points.size() - 1),
                        SPARK_HEIGHT - (points.get(i) - min) / span * SPARK_HEIGHT);
            }
        }
    }

    /** Opens what the tile is made of on a click; the hand cursor says it can be opened. */
    void onOpen(Runnable open) {
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(e -> open.run());
    }

    Node node() {
        return tile;
    }

    String title() {
        return title.getText();
    }

    String value() {
        return value.getText();
    }
}
