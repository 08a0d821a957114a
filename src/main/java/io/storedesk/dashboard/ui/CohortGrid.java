package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.kpi.CohortRow;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Cohort repurchase as a table: a row per first-order month with its customers, then the share who bought
 * again 1, 2, … months later, each cell as dark as its share of the best cell.
 */
final class CohortGrid {

    private static final int OFFSETS = 6;

    private final GridPane grid = new GridPane();
    private final I18n i18n;

    CohortGrid(I18n i18n) {
        this.i18n = i18n;
        grid.setId("dashboard-cohorts");
        grid.setHgap(2);
        grid.setVgap(2);
    }

    Node node() {
        return grid;
    }

    void show(List<CohortRow> rows) {
        grid.getChildren().clear();
        Formats f = i18n.formats();
        grid.add(header(i18n.get("dashboard.cohort.month")), 0, 0);
        grid.add(header(i18n.get("dashboard.cohort.customers")), 1, 0);
        for (int k = 1; k <= OFFSETS; k++) {
            grid.add(header(i18n.get("dashboard.cohort.after", k)), k + 1, 0);
        }
        if (rows.isEmpty()) {
            grid.add(new Label(i18n.get("dashboard.cohort.empty")), 0, 1, OFFSETS + 2, 1);
            return;
        }
        double best = rows.stream().flatMap(r -> r.returning().stream()).mapToDouble(BigDecimal::doubleValue)
                .max().orElse(0);
        for (int i = 0; i < rows.size(); i++) {
            CohortRow row = rows.get(i);
            grid.add(fixed(f.yearMonth(row.cohort())), 0, i + 1);
            grid.add(fixed(f.integer(row.customers())), 1, i + 1);
            for (int k = 0; k < row.returning().size(); k++) {
                BigDecimal share = row.returning().get(k);
                Label cell = new Label(f.percent(share));
                cell.setMinWidth(58);
                cell.setAlignment(Pos.CENTER);
                double shade = best <= 0 ? 0 : share.doubleValue() / best;
                cell.setStyle("-fx-background-color: rgba(31, 111, 235, " + (0.06 + 0.6 * shade) + ");");
                Tooltip.install(cell, new Tooltip(i18n.get("dashboard.cohort.cell", f.yearMonth(row.cohort()),
                        k + 1, f.percent(share))));
                grid.add(cell, k + 2, i + 1);
            }
        }
    }

    /** A label that keeps its whole text (the grid would rather squeeze it to "…"). */
    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label header(String text) {
        Label label = fixed(text);
        label.getStyleClass().add("heat-axis");
        return label;
    }
}
