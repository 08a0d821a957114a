package io.storedesk.search.ui;

import io.storedesk.search.SearchHit;
import io.storedesk.ui.PaneId;

/** Which pane opens each kind of hit. */
public final class SearchTargets {

    private SearchTargets() {
    }

    public static PaneId paneOf(SearchHit.Kind kind) {
        return switch (kind) {
            case SKU -> PaneId.CATALOG;
            case ORDER, CUSTOMER -> PaneId.ORDERS;
            case TICKET -> PaneId.AFTERSALES;
        };
    }
}
