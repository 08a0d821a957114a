package io.storedesk.testing;

import io.storedesk.Services;
import io.storedesk.demo.DemoSource;
import io.storedesk.demo.LoadProgress;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Test stores on a PostgreSQL server, for the PostgreSQL pass of the build (decision 0026). It is on when
 * the test JVM runs with -Dstoredesk.test.backend=postgresql (the second surefire execution) and
 * STOREDESK_TEST_PG_URL names a database the STOREDESK_TEST_PG_USER may create databases from. Each
 * test store is a database of its own, copied with CREATE DATABASE ... TEMPLATE from a template migrated
 * (and, for the demo, loaded) once per JVM. Copies nobody is connected to any more (their tests closed
 * the store) are dropped whenever the next one is made, the rest when the JVM ends: every DROP DATABASE
 * waits for a checkpoint, too slow to leave a whole run's databases to the JVM's last seconds.
 */
public final class PostgresStores {

    public static final String BACKEND_PROPERTY = "storedesk.test.backend";
    private static final String PREFIX = "sdt_";
    /** How long a killed client's backend may take to notice before it is terminated. */
    private static final Duration SESSION_GRACE = Duration.ofSeconds(10);
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final List<String> TEMPLATES = new CopyOnWriteArrayList<>();
    private static final List<String> COPIES = new CopyOnWriteArrayList<>();
    private static String emptyTemplate;
    private static String demoTemplate;

    static {
        if (enabled()) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresStores::dropCreated, "pg-test-store-cleanup"));
        }
    }

    private PostgresStores() {
    }

    /** True in the PostgreSQL pass: TestStores then hands out stores on the server. */
    public static boolean enabled() {
        return "postgresql".equals(System.getProperty(BACKEND_PROPERTY));
    }

    /** A new migrated store without data, in a database of its own. */
    public static synchronized StoreConfig emptyStore(Path dataDirectory) {
        if (emptyTemplate == null) {
            emptyTemplate = template("empty", services -> { });
        }
        return copyOf(emptyTemplate, dataDirectory);
    }

    /** A new store holding the demo shop, in a database of its own. */
    public static synchronized StoreConfig demoStore(Path dataDirectory) {
        if (demoTemplate == null) {
            demoTemplate = template("demo", services -> {
                services.demoLoader().load(DemoSource.bundled(), LoadProgress.NONE);
                TestStores.watermarkOnTheRealClock(services);
            });
        }
        return copyOf(demoTemplate, dataDirectory);
    }

    /**
     * Returns once no client is connected to the store's database any more, for a test that killed a process
     * using it: the server rolls back a dead client's transaction when its backend notices the closed socket,
     * usually at once, but a backend in the middle of a statement notices only when it next talks to the
     * client. One still there after a grace period is terminated, as the server would end it anyway (its
     * transaction then commits or rolls back whole, as a dead client's may). Fails when one outlives that too.
     */
    public static void endSessions(StoreConfig store) {
        String database = databaseOf(store.jdbcUrl());
        try (Connection c = adminConnection();
             PreparedStatement sessions = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity "
                     + "WHERE datname = ? AND backend_type = 'client backend'");
             PreparedStatement terminate = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     + "WHERE datname = ? AND backend_type = 'client backend'")) {
            sessions.setString(1, database);
            terminate.setString(1, database);
            if (awaitNone(sessions, SESSION_GRACE)) {
                return;
            }
            terminate.executeQuery().close();
            if (!awaitNone(sessions, SESSION_GRACE.multipliedBy(3))) {
                throw new IllegalStateException("Sessions on " + database + " outlived pg_terminate_backend");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: sessions of " + database, e);
        }
    }

    private static boolean awaitNone(PreparedStatement sessions, Duration within) throws SQLException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try (ResultSet r = sessions.executeQuery()) {
                r.next();
                if (r.getLong(1) == 0) {
                    return true;
                }
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The database a server URL names: jdbc:postgresql://host:port/NAME?parameters gives NAME. */
    static String databaseOf(String url) {
        int parameters = url.indexOf('?');
        String base = parameters < 0 ? url : url.substring(0, parameters);
        return base.substring(base.lastIndexOf('/') + 1);
    }

    private static String template(String kind, Consumer<Services> fill) {
        String name = PREFIX + RUN + "_" + kind;
        admin("CREATE DATABASE " + name);
        TEMPLATES.add(name);
        try (Services services = new Services(Store.open(config(name, TestStores.newDirectory())),
                TestStores.DEMO_CLOCK)) {
            fill.accept(services);
        }
        return name;
    }

    private static StoreConfig copyOf(String template, Path dataDirectory) {
        String name = PREFIX + RUN + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            dropUnused(s);
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
            COPIES.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: copy of " + template, e);
        }
        return config(name, dataDirectory);
    }

    /**
     * Drops this run's copies nobody is connected to (their test closed the store), except the newest two,
     * which a test may have been handed without having opened them yet.
     */
    private static void dropUnused(Statement s) throws SQLException {
        List<String> unused = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT d.datname FROM pg_database d WHERE d.datname LIKE '" + PREFIX + RUN
                + "\\_%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
            while (r.next()) {
                unused.add(r.getString(1));
            }
        }
        unused.removeAll(TEMPLATES);
        unused.removeAll(List.copyOf(COPIES.subList(Math.max(0, COPIES.size() - 2), COPIES.size())));
        for (String database : unused) {
            try {
                s.execute("DROP DATABASE IF EXISTS " + database);
                COPIES.remove(database);
            } catch (SQLException e) {
                // Someone connected meanwhile: it goes next time.
            }
        }
    }

    private static StoreConfig config(String database, Path dataDirectory) {
        return StoreConfig.server(dataDirectory, urlOf(database), env("STOREDESK_TEST_PG_USER"),
                env("STOREDESK_TEST_PG_PASSWORD"));
    }

    /** The server's URL with another database: jdbc:postgresql://host:port/NAME?parameters. */
    static String urlOf(String database) {
        String url = env("STOREDESK_TEST_PG_URL");
        if (url.isEmpty()) {
            throw new IllegalStateException("The PostgreSQL pass needs STOREDESK_TEST_PG_URL (see .ci/run)");
        }
        int parameters = url.indexOf('?');
        String base = parameters < 0 ? url : url.substring(0, parameters);
        String rest = parameters < 0 ? "" : url.substring(parameters);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + rest;
    }

    private static void admin(String sql) {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(env("STOREDESK_TEST_PG_URL"), env("STOREDESK_TEST_PG_USER"),
                env("STOREDESK_TEST_PG_PASSWORD"));
    }

    /**
     * WITH (FORCE): a store a test left open (the shared demo) must not keep its database. Every DROP DATABASE
     * waits for a checkpoint, and surefire kills a JVM whose shutdown takes 30 seconds, so this stops after
     * about 20; what is left goes at the start of the next .ci/run.
     */
    private static void dropCreated() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute("SET statement_timeout = '8s'");
            List<String> left = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + RUN
                    + "\\_%'")) {
                while (r.next()) {
                    left.add(r.getString(1));
                }
            }
            for (String database : left) {
                if (System.nanoTime() > deadline) {
                    return;
                }
                try {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                } catch (SQLException e) {
                    // This one stays; try the next.
                }
            }
        } catch (SQLException e) {
            // Best effort: .ci/run drops what an earlier run left (databases sdt_*).
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value.trim();
    }
}
