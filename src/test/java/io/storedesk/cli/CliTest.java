package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.demo.DemoShop;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.StoreLocation;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<StoreLocation> windowsOpened = new ArrayList<>();

    private int run(String... args) {
        StoreSessions sessions = dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                TestStores.DEMO_CLOCK);
        return Cli.create(windowsOpened::add, sessions, new PrintWriter(out, true), new PrintWriter(err, true),
                Locale.ENGLISH).execute(args);
    }

    @Test
    void statsAsJsonCountsEveryTableOfADemoStore() throws Exception {
        Path store = TestStores.copyOfDemo();
        int exit = run("stats", "--data-dir", store.toString(), "--json");

        assertThat(exit).isEqualTo(ExitCodes.SUCCESS);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("schemaVersion").asText()).isEqualTo(Migrations.latestVersion());
        assertThat(json.path("shop").asText()).isEqualTo(DemoShop.SHOP_NAME);
        JsonNode counts = json.path("counts");
        assertThat(counts.path("warehouse").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(counts.path("product").asInt()).isGreaterThanOrEqualTo(150);
        assertThat(counts.path("sku").asInt()).isGreaterThanOrEqualTo(800);
        assertThat(counts.path("channel").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(counts.path("carrier").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(counts.path("orders").asInt()).isGreaterThanOrEqualTo(25_000);
        assertThat(json.path("orderHistory").path("days").asInt()).isGreaterThanOrEqualTo(180);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void statsWithoutJsonPrintsATableInTheUsersLanguage() {
        Path store = TestStores.copyOfDemo();
        assertThat(run("stats", "--data-dir", store.toString())).isZero();
        assertThat(out.toString()).contains("schema version " + Migrations.latestVersion()).contains("orders").contains("200 days");
    }

    @Test
    void demoIntoAStoreThatHoldsAShopIsRefusedWithExitCodeTwo() {
        Path store = TestStores.copyOfDemo();
        int exit = run("demo", "--data-dir", store.toString());
        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("already holds a shop").contains("--force");
    }

    @Test
    void demoWithForceReplacesTheShopAStoreHolds() throws Exception {
        Path store = TestStores.copyOfDemo();
        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            services.store().dsl().execute("DELETE FROM ticket_event");
            assertThat(services.stats().count("ticket_event")).isZero();
        }
        int exit = run("demo", "--data-dir", store.toString(), "--force");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Demo shop loaded into").contains("870 SKUs");
        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            assertThat(services.stats().count("ticket_event")).isPositive();
            assertThat(services.stats().count("sku")).isEqualTo(870);
        }
    }

    @Test
    void demoGenerateWritesEveryFile() {
        Path target = TestStores.newDirectory().resolve("files");
        assertThat(run("demo", "--generate", target.toString())).isZero();
        for (String file : DemoShop.FILES) {
            assertThat(target.resolve(file)).exists();
        }
        assertThat(out.toString()).contains("Wrote the " + DemoShop.FILES.size() + " demo shop files");
    }

    @Test
    void unknownOptionsAreRefusedWithExitCodeTwoAndUsage() {
        assertThat(run("--no-such-option")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Unknown option").contains("Usage: storedesk");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void versionPrintsTheProductName() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("StoreDesk ");
    }

    @Test
    void noCommandOpensTheWindowOnTheGivenDataDirectory() {
        assertThat(run("--data-dir", "/tmp/shop")).isZero();
        assertThat(windowsOpened).extracting(StoreLocation::dataDirectory).containsExactly("/tmp/shop");
    }

    @Test
    void aWindowStartBuildsNoCommandsAndAnythingElseGetsTheWholeCommandLine() {
        assertThat(forArguments().getSubcommands()).isEmpty();
        assertThat(forArguments("--data-dir", "/tmp/shop").getSubcommands()).isEmpty();
        assertThat(forArguments("--self-test").getSubcommands()).isEmpty();
        assertThat(forArguments("stats", "--data-dir", "/tmp/shop").getSubcommands()).containsKey("stats");
        assertThat(forArguments("--help").getSubcommands()).as("help lists the commands").containsKey("demo");
        assertThat(forArguments("--data-dir").getSubcommands()).as("a mistake").containsKey("demo");
        assertThat(forArguments("--no-such-option").execute("--no-such-option")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Unknown option");

        assertThat(forArguments("--data-dir", "/tmp/shop").execute("--data-dir", "/tmp/shop")).isZero();
        assertThat(windowsOpened).extracting(StoreLocation::dataDirectory).containsExactly("/tmp/shop");
    }

    private CommandLine forArguments(String... args) {
        StoreSessions sessions = dir -> new Services(Store.open(StoreConfig.embedded(Path.of(dir))),
                TestStores.DEMO_CLOCK);
        return Cli.forArguments(args, windowsOpened::add, sessions, new PrintWriter(out, true),
                new PrintWriter(err, true), Locale.ENGLISH);
    }

    @Test
    void aStoreThatCannotBeCreatedFailsWithAClearMessage() throws Exception {
        Path file = Files.createTempFile(TestStores.newDirectory(), "not-a", ".dir");
        int exit = run("stats", "--data-dir", file.toString());
        assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("cannot be created").doesNotContain("Exception");
    }
}
