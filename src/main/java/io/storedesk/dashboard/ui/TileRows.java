package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.kpi.OrderBehind;
import io.storedesk.dashboard.kpi.RefundBehind;
import io.storedesk.dashboard.kpi.SkuBehind;
import java.util.List;

/** The rows behind one tile, of the one kind it is made of (the other two lists empty). */
record TileRows(String titleKey, Kind kind, List<OrderBehind> orders, List<RefundBehind> refunds,
                List<SkuBehind> skus) {

    /** What a tile is made of; tiles of ticket figures and turnover have nothing to list here. */
    enum Kind {
        ORDERS, REFUNDS, STOCK_OUTS, BELOW_SAFETY;

        static Kind of(String tileId) {
            return switch (tileId) {
                case "tile-refunds", "tile-refund-rate" -> REFUNDS;
                case "tile-stock-outs" -> STOCK_OUTS;
                case "tile-below-safety" -> BELOW_SAFETY;
                case "tile-open-tickets", "tile-sla", "tile-satisfaction", "tile-turnover",
                     "tile-days-of-inventory" -> null;
                default -> ORDERS;
            };
        }
    }

    TileRows {
        orders = List.copyOf(orders);
        refunds = List.copyOf(refunds);
        skus = List.copyOf(skus);
    }

    int size() {
        return orders.size() + refunds.size() + skus.size();
    }
}
