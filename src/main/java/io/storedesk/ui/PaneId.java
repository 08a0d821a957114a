package io.storedesk.ui;

import io.storedesk.security.Permission;
import java.util.Locale;

/** The panes, in navigation order, with their label keys and icons. */
public enum PaneId {
    CATALOG("nav.catalog", Icon.CATALOG, Permission.CATALOG_VIEW),
    STOCK("nav.stock", Icon.STOCK_WARNING, Permission.STOCK_VIEW),
    ORDERS("nav.orders", Icon.ROUTE, Permission.ORDERS_VIEW),
    AFTERSALES("nav.aftersales", Icon.AFTER_SALES, Permission.AFTERSALES_VIEW),
    DASHBOARD("nav.dashboard", Icon.DASHBOARD, Permission.DASHBOARD_VIEW),
    CHANNELS("sync.ui.nav", Icon.CHANNELS, Permission.CHANNELS_VIEW);

    private final String labelKey;
    private final Icon icon;
    private final Permission viewPermission;

    PaneId(String labelKey, Icon icon, Permission viewPermission) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.viewPermission = viewPermission;
    }

    /** The right a role needs to see the pane; without it the navigation hides the pane. */
    public Permission viewPermission() {
        return viewPermission;
    }

    public String labelKey() {
        return labelKey;
    }

    public Icon icon() {
        return icon;
    }

    /** The node id of the pane's navigation button (nav-catalog, ...). */
    public String navigationId() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }
}
