package io.storedesk.store.backup;

import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Transactions;
import java.util.Arrays;
import java.util.Map;

/** The shop setting backup.frequency (daily, weekly or off), read by the automatic backups; changed audited. */
public final class BackupFrequencySetting {

    public static final String KEY = "backup.frequency";

    private final SettingsRepository settings;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;

    public BackupFrequencySetting(SettingsRepository settings, Access access, AuditLog audit,
            Transactions transactions) {
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** The stored frequency; the default for a missing or unreadable value, so a hand edit never stops backups. */
    public BackupFrequency frequency() {
        return settings.get(KEY).map(String::strip).flatMap(v -> Arrays.stream(BackupFrequency.values())
                .filter(f -> f.name().equalsIgnoreCase(v)).findFirst()).orElse(BackupFrequency.DEFAULT);
    }

    /** Needs {@link Permission#SETTINGS}; recorded in the audit log with the old and the new value. */
    public void change(BackupFrequency frequency) {
        access.require(Permission.SETTINGS);
        String user = access.principal().username();
        transactions.inTransaction(() -> {
            BackupFrequency before = frequency();
            settings.put(KEY, frequency.name(), user);
            audit.record(user, new AuditLog.Change("settings.save", "settings", KEY,
                    Map.of("value", before.name()), Map.of("value", frequency.name())));
        });
    }
}
