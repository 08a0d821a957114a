package io.storedesk.ui.settings;

import io.storedesk.Services;
import io.storedesk.aftersales.SlaCalendars;
import io.storedesk.dashboard.anomaly.AlertThreshold;
import io.storedesk.security.Access;
import io.storedesk.stock.StockPlanningService;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.backup.BackupFrequencySetting;

/** The services the Settings window reads and changes. */
public record SettingsDesk(StockPlanningService planning, AlertThreshold alertThreshold,
        BackupFrequencySetting backups, SlaCalendars calendars, ShopSettings shop, Access access) {

    public static SettingsDesk of(Services services) {
        return new SettingsDesk(services.stockPlanning(), services.alertThreshold(), services.backupFrequency(),
                services.slaCalendars(), services.shop(), services.access());
    }
}
