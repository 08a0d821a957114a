package io.storedesk.selftest;

import io.storedesk.Services;
import io.storedesk.store.StoreStats;
import java.util.function.Function;

/**
 * Opens the store (which runs the migrations) and asks it to count every table the code was generated for:
 * a missing table, a failed migration or a driver the runtime cannot load all end here.
 */
public final class DatabaseCheck implements SelfTestCheck {

    static final String NAME = "selftest.check.database";

    private final Function<String, Services> opener;
    private final String dataDirectory;

    /** opener opens the store of a data directory, as the commands do (StoreSessions::open). */
    public DatabaseCheck(Function<String, Services> opener, String dataDirectory) {
        this.opener = opener;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public CheckResult run() {
        try (Services services = opener.apply(dataDirectory)) {
            String version = services.store().schemaVersion();
            if (version == null || version.isBlank()) {
                return CheckResult.failed(NAME, "selftest.database.notMigrated", dataDirectory);
            }
            StoreStats stats = services.stats();
            return CheckResult.passed(NAME, "selftest.database.ok", version, stats.counts().size(),
                    services.store().config().dataDirectory());
        } catch (RuntimeException e) {
            return CheckResult.failed(NAME, "selftest.database.failed", String.valueOf(e.getMessage()));
        }
    }
}
