package io.storedesk.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.importing.ImportKindId;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.PostgresStores;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * kill -9 at random moments of imports, backups and syncs (decision 0023). A child JVM imports and backs up in a
 * loop; the test kills it a seeded random delay after it reached a chosen step, once per step, and after each kill
 * the store opens (Flyway validates it), every import job is whole or absent, stock on hand equals the ledger's
 * sum, and every backup under its final name passes verification. The delays are real time: what is tested is
 * where a running process happens to be when it dies.
 *
 * <p>The build runs it twice. On H2 the store is the file in the data directory. In the PostgreSQL pass
 * (decision 0026) the store is a database of its own on the test server, which the child reaches through
 * STOREDESK_DB_URL, _USER and _PASSWORD in its environment, as the storedesk command would; StoreDesk does not
 * back up a server store (the server's own tools do), so there the rounds kill the catalog import, the stock
 * count and the next catalog import, and no backup. A killed client's transaction is rolled back by the server
 * when its backend notices the dead socket; before checking, the test waits until no session of the killed
 * child is left on the database (and terminates one that outstays a grace period), so the checks never race a
 * backend that is still finishing.
 */
@Tag("slow")
class KillTest {

    private static final int SKUS = 1_000;
    /** Where each round's kill falls: during the catalog import, the stock count, the backup, the next import. */
    private static final List<String> AFTER = List.of("READY", "CATALOG", "COUNT", "BACKUP");
    /** The same on a PostgreSQL store, which has no backup step: the catalog import, the count, the next import. */
    private static final List<String> AFTER_ON_SERVER = List.of("READY", "CATALOG", "COUNT");
    /** Where each sync round's kill falls: the first pull, the pushes, the receipts, the next shop's pull. */
    private static final List<String> SYNC_AFTER = List.of("CHANNEL", "PULLED", "RECEIVED", "PUSHED");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killingImportsAndBackupsAtRandomMomentsLeavesAConsistentStoreAndOnlyWholeBackups() throws Exception {
        Path directory = TestStores.newDirectory();
        Path files = TestStores.newDirectory();
        StoreConfig store = TestStores.emptyStore(directory);
        try (Services services = new Services(Store.open(store), TestStores.DEMO_CLOCK)) {
            new CatalogRepository(services.store().dsl()).insertCategories(List.of(
                    new Category(0, null, "ZNK", KillTestWorker.CATEGORY, 1)));
            new StockRepository(services.store().dsl()).insertWarehouses(List.of(
                    new Warehouse(0, KillTestWorker.WAREHOUSE, "测试仓", "上海市", "上海市", null, 1, true)));
            // Below the worker's imports, so each of them is preceded by a before-import backup as well.
            new SettingsRepository(services.store().dsl()).put(Backups.LARGE_IMPORT_SETTING, "1000", "test");
            KillTestWorker.importFile(services, ImportKindId.CATALOG, KillTestWorker.catalog(files, 0, SKUS));
            KillTestWorker.importFile(services, ImportKindId.STOCK_COUNT, KillTestWorker.counts(files, 0, SKUS));
        }
        List<String> rounds = store.isServer() ? AFTER_ON_SERVER : AFTER;
        Random random = new Random(20_240_509L);
        for (int round = 1; round <= rounds.size(); round++) {
            try (ChildJvm worker = ChildJvm.startOn(store, KillTestWorker.class, "READY", directory.toString(),
                    files.toString(), String.valueOf(round * 100), String.valueOf(SKUS))) {
                assertThat(worker.awaitLine(rounds.get(round - 1))).as(worker.output()).isTrue();
                Thread.sleep(random.nextInt(1_200));
                assertThat(worker.output()).doesNotContain("Exception").contains("READY " + store.displayUrl());
                worker.kill();
            }
            afterKill(store);
            assertConsistent(store, round);
        }
    }

    @Test
    void killingASyncAtRandomMomentsLeavesWholePagesALedgerThatAddsUpAndEveryQueuedPush() throws Exception {
        Path directory = TestStores.newDirectory();
        Path keys = TestStores.newDirectory();
        StoreConfig store = TestStores.emptyStore(directory);
        try (Services services = new Services(Store.open(store), TestStores.DEMO_CLOCK)) {
            new StockRepository(services.store().dsl()).insertWarehouses(List.of(
                    new Warehouse(0, KillTestWorker.WAREHOUSE, "测试仓", "上海市", "上海市", null, 1, true)));
        }
        Random random = new Random(20_261_123L);
        long queued = 0;
        for (int round = 1; round <= SYNC_AFTER.size(); round++) {
            try (ChildJvm worker = ChildJvm.startOn(store, KillTestSyncWorker.class, "READY", directory.toString(),
                    keys.toString(), String.valueOf(round * 100))) {
                assertThat(worker.awaitLine(SYNC_AFTER.get(round - 1))).as(worker.output()).isTrue();
                Thread.sleep(random.nextInt(800));
                assertThat(worker.output()).doesNotContain("Exception").contains("READY " + store.displayUrl());
                worker.kill();
            }
            afterKill(store);
            queued = assertSyncConsistent(store, round);
        }
        assertThat(queued).as("levels queued by the shops synced whole").isPositive();
    }

    /**
     * After a kill during a sync: the store opens; a shop's orders are whole pages of the fake shop's listing
     * (page 1 is order 450789469, page 2 the other two), each with its lines; stock on hand is its ledger's sum;
     * and the level last queued for each listed SKU is still in the outbox, queued or acknowledged (the newest
     * entry for the SKU carries that quantity and is neither discarded nor lost). Answers how many levels were
     * queued, so that the test can tell the outbox check had something to check.
     */
    private static long assertSyncConsistent(StoreConfig store, int round) throws SQLException, IOException {
        try (Services services = new Services(Store.open(store), TestStores.DEMO_CLOCK);
             Connection connection = services.store().dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            String when = "after sync kill " + round;
            Map<Long, List<String>> ordersByShop = new TreeMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT channel_id, external_id FROM orders "
                    + "ORDER BY channel_id, external_id")) {
                while (rows.next()) {
                    ordersByShop.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            assertThat(ordersByShop.values()).as(when).allSatisfy(orders -> assertThat(orders).isIn(
                    List.of("450789469"), List.of("450789469", "450789470", "450789471")));
            assertThat(single(sql, "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_line l "
                    + "WHERE l.order_id = o.id)")).as(when).isZero();
            assertThat(single(sql, "SELECT COUNT(*) FROM stock_level l WHERE l.on_hand <> (SELECT COALESCE(SUM("
                    + "m.quantity), 0) FROM stock_movement m WHERE m.sku_id = l.sku_id AND m.warehouse_id = "
                    + "l.warehouse_id)")).as(when).isZero();
            List<String> lost = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT p.channel_id, s.external_sku, p.quantity, "
                    + "(SELECT o.payload FROM outbox o WHERE o.channel_id = p.channel_id AND o.kind = 'STOCK_LEVEL' "
                    + "AND o.aggregate_id = s.external_sku AND o.status <> 'DISCARDED' ORDER BY o.id DESC LIMIT 1) "
                    + "FROM stock_push_state p JOIN channel_sku s ON s.channel_id = p.channel_id "
                    + "AND s.sku_id = p.sku_id")) {
                while (rows.next()) {
                    String payload = rows.getString(4);
                    if (payload == null || JSON.readTree(payload).path("quantity").asLong(-1) != rows.getLong(3)) {
                        lost.add(rows.getLong(1) + "/" + rows.getString(2) + " queued " + rows.getLong(3)
                                + ", outbox has " + payload);
                    }
                }
            }
            assertThat(lost).as(when).isEmpty();
            assertThat(single(sql, "SELECT COUNT(*) FROM outbox WHERE (status = 'SENT') <> (sent_at IS NOT NULL)"))
                    .as(when).isZero();
            return single(sql, "SELECT COUNT(*) FROM stock_push_state");
        }
    }

    /**
     * The killed child's process is gone, and with it the H2 file's lock; a server may still be ending the child's
     * sessions (rolling back their open transactions), and the checks must see the store after that.
     */
    private static void afterKill(StoreConfig store) {
        if (store.isServer()) {
            PostgresStores.endSessions(store);
        }
    }

    private static void assertConsistent(StoreConfig store, int round) throws SQLException {
        try (Services services = new Services(Store.open(store), TestStores.DEMO_CLOCK);
             Connection connection = services.store().dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            String when = "after kill " + round;
            // Every job that exists is finished and its counts add up; none is left half-written.
            assertThat(single(sql, "SELECT COUNT(*) FROM import_job WHERE finished_at IS NULL "
                    + "OR rows_total <> rows_accepted + rows_refused + rows_unchanged")).as(when).isZero();
            assertThat(single(sql, "SELECT COUNT(*) FROM import_job j WHERE status = 'APPLIED' AND rows_accepted > 0 "
                    + "AND NOT EXISTS (SELECT 1 FROM import_change c WHERE c.job_id = j.id)")).as(when).isZero();
            // The newest catalog job's price is every SKU's price: a job is applied whole or not at all.
            assertThat(single(sql, "SELECT COUNT(DISTINCT price) FROM sku")).as(when).isEqualTo(1);
            assertThat(single(sql, "SELECT MAX(price) FROM sku")).as(when)
                    .isEqualTo(KillTestWorker.price(newestIteration(sql, "CATALOG", "catalog-")));
            assertThat(single(sql, "SELECT COUNT(DISTINCT on_hand) FROM stock_level")).as(when).isEqualTo(1);
            assertThat(single(sql, "SELECT MAX(on_hand) FROM stock_level")).as(when)
                    .isEqualTo(KillTestWorker.counted(newestIteration(sql, "STOCK_COUNT", "count-")));
            assertThat(single(sql, "SELECT COUNT(*) FROM stock_level")).as(when).isEqualTo(SKUS);
            // Stock on hand is the sum of its ledger, position by position.
            assertThat(single(sql, "SELECT COUNT(*) FROM stock_level l WHERE l.on_hand <> (SELECT COALESCE(SUM("
                    + "m.quantity), 0) FROM stock_movement m WHERE m.sku_id = l.sku_id AND m.warehouse_id = "
                    + "l.warehouse_id)")).as(when).isZero();
            // A backup under its final name is whole. A server store has no backups of ours.
            if (!store.isServer()) {
                for (BackupEntry entry : services.backups().list()) {
                    services.backups().verify(entry.file()).close();
                }
            }
        }
    }

    /** The iteration of the newest applied job of a kind, from its file name (catalog-7.csv is 7). */
    private static int newestIteration(Statement sql, String kind, String prefix) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT file_name FROM import_job WHERE kind = '" + kind
                + "' AND status = 'APPLIED' AND rows_accepted > 0 ORDER BY id DESC LIMIT 1")) {
            rows.next();
            String name = rows.getString(1);
            return Integer.parseInt(name.substring(prefix.length(), name.indexOf('.')));
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getBigDecimal(1).longValueExact();
        }
    }
}
