package io.storedesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.storedesk.common.UserFacingException;
import io.storedesk.store.backup.BackupHooks;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open store: a small connection pool, the schema migrated to the latest version, and a jOOQ context. */
public final class Store implements Transactions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** H2's "Database may be already in use" (another StoreDesk holds the file). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final StoreConfig config;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final String schemaVersion;

    private Store(StoreConfig config, HikariDataSource dataSource, SQLDialect dialect, String schemaVersion) {
        this.config = config;
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
        // Generated names are lower case; unquoted rendering lets H2 and PostgreSQL each fold case their way.
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        // Thread-bound transactions: a service can wrap several repository calls in one unit without
        // the repositories passing a connection around (see inTransaction).
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(dialect)
                .set(settings)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), true)));
    }

    public static Store open(StoreConfig config) {
        createDirectories(config);
        // Backups (decision 0023): a restore staged before the desk last closed replaces the store first.
        BackupHooks.beforeOpen(config);
        HikariDataSource dataSource = connect(config);
        try {
            SQLDialect dialect = dialect(config);
            String version = migrate(config, dataSource, dialect);
            LOG.info("Store open at {} ({}, schema version {})", config.displayUrl(), dialect, version);
            return new Store(config, dataSource, dialect, version);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public StoreConfig config() {
        return config;
    }

    @Override
    public void close() {
        if (config.isEmbedded() && !dataSource.isClosed()) {
            FileCompaction.standard().ifMostlyFree(dataSource);
        }
        dataSource.close();
        LOG.info("Store closed");
    }

    private static void createDirectories(StoreConfig config) {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new UserFacingException(e, "store.error.dataDirectory", config.dataDirectory());
        }
    }

    private static HikariDataSource connect(StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setPoolName("storedesk");
        hikari.setMaximumPoolSize(4);
        hikari.setMinimumIdle(1);
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            if (causedByLock(e)) {
                throw new UserFacingException(e, "store.error.inUse", config.dataDirectory());
            }
            if (config.isServer()) {
                throw new UserFacingException(e, "store.server.error.connect", config.displayUrl(), rootMessage(e));
            }
            throw new UserFacingException(e, "store.error.open", config.dataDirectory(), rootMessage(e));
        }
    }

    /** Brings the schema to the latest version and returns that version. */
    private static String migrate(StoreConfig config, DataSource dataSource, SQLDialect dialect) {
        // A store already at this build's scripts opens without Flyway (decision 0035).
        Optional<String> upToDate = CurrentSchema.version(dataSource, List.of(migrationLocations(dialect))
                .stream().map(location -> location.substring("classpath:".length())).toList());
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(migrationLocations(dialect))
                    .load();
            // Backups (decision 0023): an existing store is backed up before migrations change it.
            MigrationInfoService before = flyway.info();
            if (!config.isServer() && before.applied().length > 0 && before.pending().length > 0) {
                BackupHooks.beforeMigration(config, dataSource, before.current().getVersion().getVersion());
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "0" : current.getVersion().getVersion();
        } catch (FlywayValidateException e) {
            // Applied migrations differ from this build's: never touch such a store.
            throw new UserFacingException(e, "store.error.schemaMismatch");
        } catch (FlywayException e) {
            throw new UserFacingException(e, "store.error.migrate", firstLine(rootMessage(e)));
        }
    }

    // --- Several desks on one PostgreSQL server (decision 0026) ---------------------------------------

    /** Migrations that run on every database. */
    private static final String MIGRATIONS = "classpath:db/migration";

    /**
     * The variants of the migrations that do not run on every database, under the same version number
     * (Flyway itself has no {vendor} placeholder; that is Spring Boot's).
     */
    private static String vendorMigrations(SQLDialect dialect) {
        return "classpath:db/vendor/" + (dialect == SQLDialect.POSTGRES ? "postgresql" : "h2");
    }

    /** Where Flyway finds this build's scripts for the database: the common ones and the database's variants. */
    private static String[] migrationLocations(SQLDialect dialect) {
        return new String[] {MIGRATIONS, vendorMigrations(dialect)};
    }

    /** This build's scripts for an embedded (H2) store, the kind backups copy. */
    public static String[] embeddedMigrationLocations() {
        return migrationLocations(SQLDialect.H2);
    }

    /** H2 or PostgreSQL, from the URL; StoreConfig refuses any other. */
    private static SQLDialect dialect(StoreConfig config) {
        return config.isServer() ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    // --- end of several desks ------------------------------------------------------------------------

    private static boolean causedByLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
