package io.storedesk.testing;

import io.storedesk.Services;
import io.storedesk.demo.DemoSource;
import io.storedesk.demo.LoadProgress;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Test stores on a PostgreSQL server, for the PostgreSQL pass of the build (decision 0024). It is on when
 * the test JVM runs with -Dstoredesk.test.backend=postgresql (the second surefire execution) and
 * STOREDESK_TEST_PG_URL names a database the STOREDESK_TEST_PG_USER may create databases from. Each
 * test store is a database of its own, copied with CREATE DATABASE ... TEMPLATE from a template migrated
 * (and, for the demo, loaded) once per JVM; every database made here is dropped when the JVM ends.
 */
public final class PostgresStores {

    public static final String BACKEND_PROPERTY = "storedesk.test.backend";
    private static final String PREFIX = "sdt_";
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
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
            demoTemplate = template("demo",
                    services -> services.demoLoader().load(DemoSource.bundled(), LoadProgress.NONE));
        }
        return copyOf(demoTemplate, dataDirectory);
    }

    private static String template(String kind, Consumer<Services> fill) {
        String name = PREFIX + RUN + "_" + kind;
        admin("CREATE DATABASE " + name);
        CREATED.add(name);
        try (Services services = new Services(Store.open(config(name, TestStores.newDirectory())),
                TestStores.DEMO_CLOCK)) {
            fill.accept(services);
        }
        return name;
    }

    private static StoreConfig copyOf(String template, Path dataDirectory) {
        String name = PREFIX + RUN + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name + " TEMPLATE " + template);
        CREATED.add(name);
        return config(name, dataDirectory);
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
        try (Connection c = DriverManager.getConnection(env("STOREDESK_TEST_PG_URL"), env("STOREDESK_TEST_PG_USER"),
                env("STOREDESK_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
        }
    }

    /** WITH (FORCE): a store a test left open (the shared demo) must not keep its database. */
    private static void dropCreated() {
        for (int i = CREATED.size() - 1; i >= 0; i--) {
            try {
                admin("DROP DATABASE IF EXISTS " + CREATED.get(i).toLowerCase(Locale.ROOT) + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // Best effort: a later run's cleanup or the server's owner removes what is left.
            }
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value.trim();
    }
}
