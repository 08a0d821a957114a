package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.common.Money;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** import, import undo and export from the command line, on a copy of the demo shop. */
class ImportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path store;

    @BeforeEach
    void copyDemo() {
        store = TestStores.copyOfDemo();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        StoreSessions sessions = dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                TestStores.DEMO_CLOCK);
        return Cli.create(dir -> { }, sessions, new PrintWriter(out, true), new PrintWriter(err, true), Locale.ENGLISH)
                .execute(args);
    }

    private Money price(String sku) {
        try (Store s = Store.open(StoreConfig.embedded(store))) {
            return new CatalogRepository(s.dsl()).findSku(sku).orElseThrow().price();
        }
    }

    @Test
    void exportThenImportChangesNothing() throws Exception {
        Path file = TestStores.newDirectory().resolve("catalog.xlsx");
        assertThat(run("export", "--data-dir", store.toString(), "--kind", "catalog", "--file", file.toString()))
                .isZero();
        assertThat(out.toString()).contains("Exported 870 rows");

        assertThat(run("import", "--data-dir", store.toString(), "--kind", "catalog", "--file", file.toString(),
                "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("rows").asInt()).isEqualTo(870);
        assertThat(json.path("unchanged").asInt()).isEqualTo(870);
        assertThat(json.path("applied").asBoolean()).isFalse();
        assertThat(json.path("job").isNull()).isTrue();
    }

    @Test
    void carrierRatesExportThenImportChangesNothing() throws Exception {
        Path file = TestStores.newDirectory().resolve("rates.csv");
        assertThat(run("export", "--data-dir", store.toString(), "--kind", "carrier-rates", "--file",
                file.toString())).isZero();
        assertThat(out.toString()).contains("Exported 1,248 rows");

        assertThat(run("import", "--data-dir", store.toString(), "--kind", "carrier-rates", "--file", file.toString(),
                "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("rows").asInt()).isEqualTo(1248);
        assertThat(json.path("unchanged").asInt()).isEqualTo(1248);
    }

    @Test
    void refusedRowsStopTheImportWithExitTwoAndGoToTheReport() throws Exception {
        Path file = Sheets.csv("prices.csv", "SKU,Price", "NF01-001-01,169.00", "NF01-001-02,-1", "NF01-001-03,abc");
        Path report = TestStores.newDirectory().resolve("refused.csv");

        int exit = run("import", "--data-dir", store.toString(), "--kind", "catalog", "--file", file.toString(),
                "--report", report.toString(), "--json");

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("accepted").asInt()).isEqualTo(1);
        assertThat(json.path("refused").asInt()).isEqualTo(2);
        assertThat(json.path("applied").asBoolean()).isFalse();
        assertThat(json.path("errors").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(json.path("errors").get(0).path("column").asText()).isEqualTo("Price");
        assertThat(json.path("errors").get(0).path("reason").asText()).contains("negative");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("NF01-001-02,-1,").contains("negative").endsWith(",3");
        assertThat(price("NF01-001-01")).isEqualTo(Money.of("179", "CNY"));
    }

    @Test
    void validOnlyAppliesTheGoodRowsAndUndoTakesThemBack() throws Exception {
        Path file = Sheets.csv("prices.csv", "SKU,Price", "NF01-001-01,169.00", "NF01-001-02,-1");
        assertThat(run("import", "--data-dir", store.toString(), "--kind", "catalog", "--file", file.toString(),
                "--mode", "valid-only", "--json")).isZero();
        long job = new ObjectMapper().readTree(out.toString()).path("job").asLong();
        assertThat(price("NF01-001-01")).isEqualTo(Money.of("169", "CNY"));

        assertThat(run("import", "undo", "--data-dir", store.toString(), "--job", String.valueOf(job))).isZero();
        assertThat(out.toString()).contains("is undone");
        assertThat(price("NF01-001-01")).isEqualTo(Money.of("179", "CNY"));

        assertThat(run("import", "undo", "--data-dir", store.toString(), "--job", String.valueOf(job)))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("already been undone");
    }

    @Test
    void aDryRunWritesNothingAndAMappingNamesOddColumns() throws Exception {
        Path file = Sheets.csv("odd.csv", "Artikel,Preis", "NF01-001-01,159.00");
        assertThat(run("import", "--data-dir", store.toString(), "--kind", "catalog", "--file", file.toString(),
                "--mapping", "sku=Artikel,price=Preis", "--dry-run", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("changed").asInt()).isEqualTo(1);
        assertThat(json.path("mapping").path("price").asText()).isEqualTo("Preis");
        assertThat(price("NF01-001-01")).isEqualTo(Money.of("179", "CNY"));
    }

    @Test
    void unknownKindsAndMissingOptionsAreRefused() {
        assertThat(run("import", "--data-dir", store.toString(), "--kind", "socks", "--file", "x.csv"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("no import kind \"socks\"");
        assertThat(run("import", "--data-dir", store.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(run("import", "--data-dir", store.toString(), "--kind", "catalog", "--file", "/no/such.csv"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("There is no file");
    }
}
