package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.dashboard.anomaly.KpiAlert;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** alerts from the command line, on a copy of the demo shop, against the service's own list. */
class AlertsCommandTest {

    private final Path store = TestStores.copyOfDemo();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.create(dir -> { }, AlertsCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(args);
    }

    @Test
    void scanRaisesTheLastWeeksAlertsAndJsonListsThemWithExactFigures() throws Exception {
        int exit = run(Locale.ENGLISH, "alerts", "--data-dir", store.toString(), "--scan", "--json");

        assertThat(exit).isZero();
        List<KpiAlert> open;
        try (Services services = session(store.toString())) {
            open = services.kpiAlerts().open();
        }
        assertThat(open).isNotEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(open.size());
        KpiAlert first = open.get(0);
        assertThat(json.get(0).path("id").asLong()).isEqualTo(first.id());
        assertThat(json.get(0).path("day").asText()).isEqualTo(first.anomaly().day().toString());
        assertThat(json.get(0).path("value").asText()).isEqualTo(first.anomaly().value().toPlainString());
        assertThat(json.get(0).path("drivers").size()).isEqualTo(first.drivers().size());

        assertThat(run(Locale.ENGLISH, "alerts", "--data-dir", store.toString())).isZero();
        assertThat(out.toString()).contains(open.size() == 1 ? "One open alert:" : open.size() + " open alerts:")
                .contains("#" + first.id() + " [");
    }
}
