package io.storedesk.ui;

import io.storedesk.security.Permission;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The panes, in navigation order, with their label keys and icons. */
public enum PaneId {
    CATALOG("nav.catalog", Material2AL.CATEGORY, Permission.CATALOG_VIEW),
    STOCK("nav.stock", Material2MZ.WARNING, Permission.STOCK_VIEW),
    ORDERS("nav.orders", Material2AL.LOCAL_SHIPPING, Permission.ORDERS_VIEW),
    AFTERSALES("nav.aftersales", Material2AL.ASSIGNMENT_RETURN, Permission.AFTERSALES_VIEW),
    DASHBOARD("nav.dashboard", Material2AL.DASHBOARD, Permission.DASHBOARD_VIEW),
    CHANNELS("sync.ui.nav", Material2MZ.SYNC_ALT, Permission.CHANNELS_VIEW);

    private final String labelKey;
    private final Ikon icon;
    private final Permission viewPermission;

    PaneId(String labelKey, Ikon icon, Permission viewPermission) {
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

    public Ikon icon() {
        return icon;
    }

    /** The node id of the pane's navigation button (nav-catalog, ...). */
    public String navigationId() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }
}
