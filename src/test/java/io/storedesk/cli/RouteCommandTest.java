package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** route from the command line on a fresh copy of the demo shop per test. */
class RouteCommandTest {

    private final Path store = TestStores.copyOfDemo();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        return Cli.create(dir -> { }, RouteCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(args);
    }

    private String status(String number) {
        try (Services services = session(store.toString())) {
            return services.store().dsl().fetchValue("SELECT status FROM orders WHERE external_id = '" + number + "'")
                    .toString();
        }
    }

    @Test
    void aDryRunPrintsEveryDecisionWithItsExplanationAndChangesNothing() throws Exception {
        int exit = run(Locale.ENGLISH, "route", "--data-dir", store.toString(), "--all-pending", "--dry-run",
                "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("dryRun").asBoolean()).isTrue();
        assertThat(json.path("ordersRouted").asInt()).isPositive();
        JsonNode routes = json.path("routes");
        assertThat(routes.size()).isEqualTo(json.path("orders").asInt());
        JsonNode routed = null;
        for (JsonNode r : routes) {
            if (r.path("outcome").asText().equals("ROUTED")) {
                routed = r;
                break;
            }
        }
        assertThat(routed).isNotNull();
        assertThat(routed.path("shipments").get(0).path("warehouse").asText()).startsWith("WH-");
        assertThat(routed.path("shipments").get(0).path("lines").get(0).path("sku").asText()).isNotBlank();
        assertThat(routed.path("explanation").size()).isPositive();
        assertThat(routed.path("explanation").toString()).doesNotContain("!routing.");
        assertThat(status(routed.path("order").asText())).isEqualTo("PAID");
    }

    @Test
    void oneOrderByItsNumberIsRoutedAndSaysWhyInChinese() throws Exception {
        run(Locale.ENGLISH, "route", "--data-dir", store.toString(), "--dry-run", "--json");
        String number = null;
        for (JsonNode r : new ObjectMapper().readTree(out.toString()).path("routes")) {
            if (r.path("outcome").asText().equals("ROUTED")) {
                number = r.path("order").asText();
                break;
            }
        }

        int exit = run(Locale.SIMPLIFIED_CHINESE, "route", "--data-dir", store.toString(), "--order", number);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("已为").contains(number).contains("ROUTED").doesNotContain("!routing.");
        assertThat(status(number)).isEqualTo("ROUTED");
    }

    @Test
    void anUnknownOrderIsRefusedWithItsNumber() {
        int exit = run(Locale.ENGLISH, "route", "--data-dir", store.toString(), "--order", "NO-SUCH-ORDER");

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("NO-SUCH-ORDER");
    }
}
