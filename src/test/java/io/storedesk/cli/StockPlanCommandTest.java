package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.stock.StockOverview;
import io.storedesk.stock.WarningKind;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** stock plan from the command line, on a copy of the demo shop, against the planning service's own answer. */
class StockPlanCommandTest {

    private static Path store;
    private static StockOverview expected;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void plan() {
        store = TestStores.copyOfDemo();
        try (Services services = session(store.toString())) {
            expected = services.stockPlanning().overview();
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        return Cli.create(dir -> { }, StockPlanCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(args);
    }

    @Test
    void jsonCountsEveryWarningKindAndListsEverySuggestion() throws Exception {
        int exit = run(Locale.ENGLISH, "stock", "plan", "--data-dir", store.toString(), "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        for (WarningKind kind : WarningKind.values()) {
            assertThat(json.path("warnings").path(kind.name()).asInt()).as(kind.name())
                    .isEqualTo(expected.count(kind));
        }
        JsonNode suggestions = json.path("suggestions");
        int total = expected.plan().reorders().size() + expected.plan().transfers().size()
                + expected.plan().clearances().size();
        assertThat(suggestions.size()).isEqualTo(total).isPositive();
        JsonNode firstOrder = suggestions.get(0);
        assertThat(firstOrder.path("action").asText()).isEqualTo("order");
        assertThat(firstOrder.path("sku").asText()).isEqualTo(expected.plan().reorders().get(0).skuCode());
        assertThat(firstOrder.path("quantity").asInt()).isEqualTo(expected.plan().reorders().get(0).quantity());
        assertThat(firstOrder.path("supplier").asText()).isNotBlank();
        assertThat(firstOrder.path("reason").asText()).isNotBlank();
    }

    @Test
    void theTableSpeaksTheUsersLanguage() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "stock", "plan", "--data-dir", store.toString())).isZero();

        assertThat(out.toString()).contains("条建议").contains("各类预警数量")
                .contains("OUT_OF_STOCK").contains(expected.plan().reorders().get(0).skuCode());
    }
}
