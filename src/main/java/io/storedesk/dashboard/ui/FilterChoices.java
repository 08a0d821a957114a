package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.kpi.BreakdownRow;
import java.util.List;

/** What the dashboard's filters offer: the channels, warehouses, categories and provinces that sold lately, by GMV. */
record FilterChoices(List<BreakdownRow> channels, List<BreakdownRow> warehouses, List<BreakdownRow> categories,
                     List<BreakdownRow> provinces) {
}
