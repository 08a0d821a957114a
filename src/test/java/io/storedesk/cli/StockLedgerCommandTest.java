package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockChange;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** stock ledger from the command line, on a copy of the demo shop with one shipment booked. */
class StockLedgerCommandTest {

    private static final String SKU = "NF01-001-01";

    private static Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The demo's NF01-001-01 in WH-SH: opened with 1, then shipped for order SO-1. */
    @BeforeAll
    static void shipOne() {
        store = TestStores.copyOfDemo();
        try (Services services = session(store.toString())) {
            long shanghai = services.stock().warehouses().stream().filter(w -> w.code().equals("WH-SH"))
                    .map(Warehouse::id).findFirst().orElseThrow();
            long sku = new CatalogRepository(services.store().dsl()).findSku(SKU).orElseThrow().id();
            services.stockLedger().ship(StockChange.of(new PositionKey(sku, shanghai), 1).forDocument("SO-1"), "amy");
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        if (all.size() > 1) {
            all.addAll(List.of("--data-dir", store.toString()));
        }
        return Cli.create(dir -> { }, StockLedgerCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(all.toArray(String[]::new));
    }

    @Test
    void asJsonEveryEntryOfTheSkuInEveryWarehouse() throws Exception {
        assertThat(run(Locale.ENGLISH, "stock", "ledger", "--sku", SKU, "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("sku").asText()).isEqualTo(SKU);
        JsonNode entries = json.path("entries");
        assertThat(entries.size()).isGreaterThanOrEqualTo(3);
        assertThat(entries.get(0).path("kind").asText()).isEqualTo("OPENING");
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.path("kind").asText()).isEqualTo("SHIPMENT");
        assertThat(last.path("warehouse").asText()).isEqualTo("WH-SH");
        assertThat(last.path("quantity").asInt()).isEqualTo(-1);
        assertThat(last.path("before").asInt()).isEqualTo(1);
        assertThat(last.path("after").asInt()).isZero();
        assertThat(last.path("user").asText()).isEqualTo("amy");
        assertThat(last.path("reference").asText()).isEqualTo("SO-1");
        assertThat(last.path("time").asText()).isEqualTo(TestStores.DEMO_CLOCK.instant().toString());
    }

    @Test
    void asATableInChineseForOneWarehouse() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "stock", "ledger", "--sku", SKU, "--warehouse", "WH-SH")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(SKU + "（WH-SH）的库存流水：共 2 条");
        assertThat(lines.get(1)).startsWith("时间").contains("仓库", "类型", "数量", "变动前 → 变动后", "原因", "操作人",
                "单据号");
        assertThat(lines.get(2)).contains("WH-SH", "期初", "+1", "0 → 1");
        assertThat(lines.get(3)).contains("发货", "-1", "1 → 0", "amy", "SO-1");
        assertThat(lines.get(3).indexOf("WH-SH")).as("columns line up").isEqualTo(lines.get(2).indexOf("WH-SH"));
    }

    @Test
    void anUnknownSkuIsRefusedWithExitCodeTwo() {
        assertThat(run(Locale.ENGLISH, "stock", "ledger", "--sku", "NOPE")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("There is no SKU \"NOPE\" in the catalog.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void stockAloneShowsItsCommandsAndIsRefused() {
        assertThat(run(Locale.ENGLISH, "stock")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Usage: storedesk stock").contains("ledger");
    }
}
