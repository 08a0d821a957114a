package io.storedesk.ui;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The panes, in navigation order, with their label keys and icons. */
public enum PaneId {
    CATALOG("nav.catalog", Material2AL.CATEGORY),
    STOCK("nav.stock", Material2MZ.WARNING),
    ORDERS("nav.orders", Material2AL.LOCAL_SHIPPING),
    AFTERSALES("nav.aftersales", Material2AL.ASSIGNMENT_RETURN),
    DASHBOARD("nav.dashboard", Material2AL.DASHBOARD),
    CHANNELS("sync.ui.nav", Material2MZ.SYNC_ALT);

    private final String labelKey;
    private final Ikon icon;

    PaneId(String labelKey, Ikon icon) {
        this.labelKey = labelKey;
        this.icon = icon;
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
