package io.storedesk.dashboard.anomaly;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Transactions;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The dashboard's alert threshold: how many spreads a day's KPI must lie from its baseline before an alert is
 * raised (the k of {@link AnomalyDetector}; lower alerts more often). Kept as the shop setting
 * dashboard.alert_threshold, changed audited.
 */
public final class AlertThreshold {

    public static final String KEY = "dashboard.alert_threshold";
    public static final BigDecimal MIN = new BigDecimal("1.5");
    public static final BigDecimal MAX = new BigDecimal("6");

    private final SettingsRepository settings;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;

    public AlertThreshold(SettingsRepository settings, Access access, AuditLog audit, Transactions transactions) {
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The stored threshold; the default (3) for a missing, unreadable or out-of-range value. */
    public BigDecimal threshold() {
        return settings.get(KEY).flatMap(text -> {
            try {
                return java.util.Optional.of(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).filter(AlertThreshold::inRange).orElse(BigDecimal.valueOf(AnomalyDetector.DEFAULT_K));
    }

    /** Needs {@link Permission#SETTINGS}; refused outside 1.5 to 6; applies from the next scan. */
    public void change(BigDecimal threshold) {
        access.require(Permission.SETTINGS);
        if (threshold == null || !inRange(threshold)) {
            throw new RefusedInputException("settings.alerts.error.range", threshold, MIN, MAX);
        }
        String user = access.principal().username();
        transactions.inTransaction(() -> {
            BigDecimal before = threshold();
            settings.put(KEY, threshold.stripTrailingZeros().toPlainString(), user);
            audit.record(user, new AuditLog.Change("settings.save", "settings", KEY,
                    Map.of("value", before.stripTrailingZeros().toPlainString()),
                    Map.of("value", threshold.stripTrailingZeros().toPlainString())));
        });
    }

    private static boolean inRange(BigDecimal value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }
}
