package io.storedesk.ui.notifications;

import io.storedesk.security.Permission;
import io.storedesk.stock.StockOverview;
import io.storedesk.stock.StockWarning;
import io.storedesk.stock.WarningKey;
import io.storedesk.stock.WarningKind;
import io.storedesk.ui.PaneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Stock warnings that call for action now: stock gone negative or out, below safety stock, a batch near expiry.
 * Overstock and slow movers wait for the pane; they do not interrupt anyone.
 */
public final class StockWarningAlerts implements AlertSource {

    static final Set<WarningKind> URGENT = EnumSet.of(WarningKind.NEGATIVE_AVAILABLE, WarningKind.OUT_OF_STOCK,
            WarningKind.BELOW_SAFETY, WarningKind.NEAR_EXPIRY);

    private final Callable<StockOverview> overview;

    /** overview: the stock plan as the pane reads it (StockPlanningService.overview). */
    public StockWarningAlerts(Callable<StockOverview> overview) {
        this.overview = overview;
    }

    @Override
    public Permission permission() {
        return Permission.STOCK_VIEW;
    }

    @Override
    public List<DeskAlert> current() throws Exception {
        return overview.call().rows().stream().map(row -> row.warning()).filter(w -> URGENT.contains(w.kind()))
                .map(StockWarningAlerts::alert).toList();
    }

    static DeskAlert alert(StockWarning warning) {
        WarningKey key = WarningKey.of(warning);
        String identity = "stock:" + key.kind() + ":" + key.position().skuId() + ":" + key.position().warehouseId()
                + ":" + key.batchId();
        return new DeskAlert(PaneId.STOCK, identity, warning.skuCode(), "notifications.stock." + warning.kind().name(),
                List.of(warning.skuCode(), warning.title() == null ? "" : warning.title(),
                        warning.warehouseCode() == null ? "" : warning.warehouseCode()));
    }
}
