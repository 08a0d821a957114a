package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.stock.Movement;
import io.storedesk.stock.MovementKind;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockLevel;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.StockSetting;
import io.storedesk.stock.StockSettingRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** import --kind stock-count / stock-settings and their undo from the command line, on a copy of the demo shop. */
class StockImportCommandTest {

    private static final String SKU = "NF01-001-01";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path store;

    @BeforeEach
    void copyDemo() {
        store = TestStores.copyOfDemo();
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        StoreSessions sessions = dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                TestStores.DEMO_CLOCK);
        return Cli.create(dir -> { }, sessions, new PrintWriter(out, true), new PrintWriter(err, true), locale)
                .execute(args);
    }

    private int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    /** What the demo holds of the SKU in the first warehouse that keeps it, and that warehouse's code. */
    private record Position(String warehouse, StockLevel level, List<Movement> ledger, List<StockSetting> settings) {
    }

    private Position position() {
        try (Store s = Store.open(StoreConfig.embedded(store))) {
            StockRepository stock = new StockRepository(s.dsl());
            StockLedgerRepository ledger = new StockLedgerRepository(s.dsl());
            long skuId = new CatalogRepository(s.dsl()).findSku(SKU).orElseThrow().id();
            StockLevel level = ledger.levels(skuId).get(0);
            String code = stock.warehouses().stream().filter(w -> w.id() == level.warehouseId()).map(Warehouse::code)
                    .findFirst().orElseThrow();
            return new Position(code, level, ledger.movements(skuId, level.warehouseId()), new StockSettingRepository(s.dsl()).settings(skuId)
                    .stream().filter(x -> x.warehouseId() == level.warehouseId()).toList());
        }
    }

    @Test
    void aStocktakeIsBookedInTheLedgerAndUndoneWithAReversingEntry() throws Exception {
        Position before = position();
        int counted = Math.max(before.level().onHand(), before.level().reserved()) + 5;
        Path file = Sheets.csv("盘点.csv", "仓库编码,商品编码,实盘数量,备注", before.warehouse() + "," + SKU + "," + counted
                + ",月末盘点");

        assertThat(run("import", "--data-dir", store.toString(), "--kind", "stock-count", "--file", file.toString(),
                "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("changed").asInt()).isEqualTo(1);
        assertThat(json.path("applied").asBoolean()).isTrue();
        long job = json.path("job").asLong();
        Position after = position();
        assertThat(after.level().onHand()).isEqualTo(counted);
        assertThat(after.level().version()).isEqualTo(before.level().version() + 1);
        assertThat(after.ledger()).hasSize(before.ledger().size() + 1).last()
                .extracting(Movement::kind, Movement::onHandBefore, Movement::onHandAfter, Movement::reason,
                        Movement::reference)
                .containsExactly(MovementKind.STOCKTAKE, before.level().onHand(), counted, "月末盘点", "import job " + job);

        assertThat(run("import", "undo", "--data-dir", store.toString(), "--job", String.valueOf(job))).isZero();
        assertThat(out.toString()).contains("is undone");
        Position undone = position();
        assertThat(undone.level().onHand()).isEqualTo(before.level().onHand());
        assertThat(undone.ledger()).hasSize(before.ledger().size() + 2).last()
                .extracting(Movement::onHandBefore, Movement::onHandAfter, Movement::reason)
                .containsExactly(counted, before.level().onHand(), "Undo of import job " + job);
    }

    @Test
    void refusedStockRowsAreExplainedInTheUsersLanguageAndNothingIsBooked() {
        Position before = position();
        Path file = Sheets.csv("count.csv", "Warehouse,SKU,Counted",
                before.warehouse() + "," + SKU + ",-4",
                "WH-NOWHERE," + SKU + ",3");

        int exit = run(Locale.SIMPLIFIED_CHINESE, "import", "--data-dir", store.toString(), "--kind", "stock-count",
                "--file", file.toString());

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(out.toString())
                .contains("第 2 行，“Counted”列：此处不允许负数")
                .contains("第 3 行，“Warehouse”列：没有此编码或名称的仓库");
        assertThat(position().ledger()).hasSize(before.ledger().size());
    }

    @Test
    void aSettingsDryRunReportsTheChangeAndWritesNothing() throws Exception {
        Position before = position();
        int safety = before.settings().isEmpty() || before.settings().get(0).safetyStock() == null ? 7
                : before.settings().get(0).safetyStock() + 7;
        Path file = Sheets.csv("settings.csv", "Warehouse,SKU,Safety stock",
                before.warehouse() + "," + SKU + "," + safety);

        assertThat(run("import", "--data-dir", store.toString(), "--kind", "stock-settings", "--file",
                file.toString(), "--dry-run", "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("new").asInt() + json.path("changed").asInt()).isEqualTo(1);
        assertThat(json.path("mapping").path("safety_stock").asText()).isEqualTo("Safety stock");
        assertThat(json.path("applied").asBoolean()).isFalse();
        assertThat(position().settings()).isEqualTo(before.settings());
    }
}
