package io.storedesk.testing;

import io.storedesk.Services;
import io.storedesk.demo.DemoShop;
import io.storedesk.demo.DemoSource;
import io.storedesk.demo.LoadProgress;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Stores for tests. Loading the demo shop takes seconds, so it is loaded once per test JVM into a
 * template; tests get copies of its files (or one shared copy for read-only checks). The clock sits at
 * the demo's own NOW, so no dates move and figures are fixed. In the build's PostgreSQL pass
 * (PostgresStores.enabled()) the empty stores, the shared demo and demoStore() are databases on the server.
 */
public final class TestStores {

    /** The demo's last evening, in the shop's zone: the loader moves no dates. */
    public static final Clock DEMO_CLOCK = Clock.fixed(
            LocalDateTime.of(DemoShop.LAST_DAY, DemoShop.NOW.toLocalTime()).atZone(DemoShop.ZONE).toInstant(),
            DemoShop.ZONE);

    private static final Path ROOT = Path.of("target", "test-stores");
    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestStores::deleteCreated, "test-store-cleanup"));
    }
    private static Path template;
    private static Services shared;

    private TestStores() {
    }

    /** A new, empty, migrated in-memory store. */
    public static Services emptyInMemory() {
        if (PostgresStores.enabled()) {
            return new Services(Store.open(PostgresStores.emptyStore(newDirectory())), DEMO_CLOCK);
        }
        String name = "t" + UUID.randomUUID().toString().replace("-", "");
        return new Services(Store.open(StoreConfig.inMemory(newDirectory(), name)), DEMO_CLOCK);
    }

    /** A new, empty embedded store in its own data directory. */
    public static Services emptyEmbedded() {
        if (PostgresStores.enabled()) {
            return new Services(Store.open(PostgresStores.emptyStore(newDirectory())), DEMO_CLOCK);
        }
        return new Services(Store.open(StoreConfig.embedded(newDirectory())), DEMO_CLOCK);
    }

    /**
     * A new, empty store for a data directory, for a test that opens it more than once (or from a child JVM):
     * an H2 file in that directory, or in the PostgreSQL pass a database of its own.
     */
    public static StoreConfig emptyStore(Path dataDirectory) {
        return PostgresStores.enabled() ? PostgresStores.emptyStore(dataDirectory)
                : StoreConfig.embedded(dataDirectory);
    }

    /** One demo store shared by tests that only read. Never close it. */
    public static synchronized Services sharedDemo() {
        if (shared == null) {
            shared = new Services(Store.open(demoStore()), DEMO_CLOCK);
        }
        return shared;
    }

    /**
     * A fresh copy of the demo store, for a test that changes it: an H2 file, or in the PostgreSQL pass a
     * database of its own. Opening the config twice gives two desks on one store.
     */
    public static StoreConfig demoStore() {
        return PostgresStores.enabled() ? PostgresStores.demoStore(newDirectory()) : StoreConfig.embedded(copyOfDemo());
    }

    /** The data directory of a fresh copy of the demo store (always H2), for a test that changes it. */
    public static synchronized Path copyOfDemo() {
        Path source = StoreFiles.databaseDirectory(template());
        Path target = newDirectory();
        try {
            Files.createDirectories(StoreFiles.databaseDirectory(target));
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, StoreFiles.databaseDirectory(target).resolve(file.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static Path newDirectory() {
        try {
            Files.createDirectories(ROOT);
            Path directory = Files.createTempDirectory(ROOT.toAbsolutePath(), "store-");
            CREATED.add(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stores a test run made go when its JVM ends (a run writes gigabytes of demo copies; runs without
     * `clean` would fill the disk). Best effort: what cannot be deleted stays.
     */
    private static void deleteCreated() {
        for (Path directory : CREATED) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Left for the next `mvn clean`.
            }
        }
    }

    /**
     * The demo loader rolls the KPIs up after its load, but dates the watermark by the demo clock, days before the
     * time the database stamped the demo's rows with: every catch-up would find all orders changed since and
     * rebuild (seconds per dashboard test). The rollups were built after every row the load wrote, so their
     * watermark moves to the database's now. A test that changes an order through a write stamped by the demo
     * clock and reads KPIs after must rebuild: a catch-up misses it.
     */
    static void watermarkOnTheRealClock(Services demo) {
        demo.store().dsl().execute("UPDATE kpi_rollup_state SET built_from = CURRENT_TIMESTAMP");
    }

    private static Path template() {
        if (template == null) {
            Path directory = newDirectory();
            try (Services services = new Services(Store.open(StoreConfig.embedded(directory)), DEMO_CLOCK)) {
                services.demoLoader().load(DemoSource.bundled(), LoadProgress.NONE);
                watermarkOnTheRealClock(services);
            }
            template = directory;
        }
        return template;
    }
}
