package io.storedesk.ui.settings;

import io.storedesk.stock.PlanningPolicy;
import io.storedesk.store.backup.BackupFrequency;
import java.math.BigDecimal;

/** The shop settings as read in the background, handed to the window's thread in one piece. */
record ShopSettingsValues(PlanningPolicy policy, BigDecimal alertThreshold, BackupFrequency backups) {
}
