package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.dashboard.kpi.KpiStoreAccess;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** storedesk kpi on the hand-computed store of KpiStore (figures worked out in KpiServiceTest). */
class KpiCommandTest {

    private static Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createStore() {
        store = TestStores.newDirectory();
        try (Services services = session(store.toString())) {
            KpiStoreAccess.fill(services);
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.create(dir -> { }, KpiCommandTest::session, new PrintWriter(out, true), new PrintWriter(err, true),
                locale).execute(args);
    }

    @Test
    void jsonNamesEveryKpiWithExactDecimalStrings() throws Exception {
        int exit = run(Locale.ENGLISH, "kpi", "--data-dir", store.toString(), "--from", "2026-11-01", "--to",
                "2026-11-07", "--by", "channel", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode kpis = json.path("kpis");
        assertThat(kpis.path("gmv").asText()).isEqualTo("650.00");
        assertThat(kpis.path("refunds").asText()).isEqualTo("160.00");
        assertThat(kpis.path("net_revenue").asText()).isEqualTo("475.00");
        assertThat(kpis.path("orders").asText()).isEqualTo("4");
        assertThat(kpis.path("units").asText()).isEqualTo("7");
        assertThat(kpis.path("aov").asText()).isEqualTo("162.50");
        assertThat(kpis.path("customers").asText()).isEqualTo("2");
        assertThat(kpis.path("new_customers").asText()).isEqualTo("1");
        assertThat(kpis.path("repurchase_rate").asText()).isEqualTo("0.5000");
        assertThat(kpis.path("refund_rate").asText()).isEqualTo("0.2462");
        assertThat(kpis.path("gross_margin").asText()).isEqualTo("0.4000");
        assertThat(kpis.path("conversion").asText()).isEqualTo("0.0133");
        assertThat(kpis.path("open_tickets").asText()).isEqualTo("0");
        assertThat(kpis.get("sla_attainment").isNull()).isTrue();
        assertThat(json.path("previous").path("from").asText()).isEqualTo("2026-10-25");
        assertThat(json.path("previous").path("gmv").asText()).isEqualTo("100.00");
        assertThat(json.path("previous").get("conversion").isNull()).isTrue();
        assertThat(json.path("by").asText()).isEqualTo("channel");
        assertThat(json.path("breakdown").get(0).path("label").asText()).isEqualTo("JD店");
        assertThat(json.path("breakdown").get(0).path("gmv").asText()).isEqualTo("400.00");
    }

    @Test
    void aChannelByCodeNarrowsTheFigures() throws Exception {
        assertThat(run(Locale.ENGLISH, "kpi", "--data-dir", store.toString(), "--from", "2026-11-01", "--to",
                "2026-11-07", "--channel", "jd", "--json")).isZero();

        JsonNode kpis = new ObjectMapper().readTree(out.toString()).path("kpis");
        assertThat(kpis.path("gmv").asText()).isEqualTo("400.00");
        assertThat(kpis.path("orders").asText()).isEqualTo("2");
    }

    @Test
    void theTextListsTheKpisByName() {
        assertThat(run(Locale.ENGLISH, "kpi", "--data-dir", store.toString(), "--from", "2026-11-01", "--to",
                "2026-11-07", "--by", "weekday-hour")).isZero();

        assertThat(out.toString()).startsWith("KPIs from 2026-11-01 to 2026-11-07")
                .containsPattern("gmv +650\\.00 +100\\.00").containsPattern("aov +162\\.50 +100\\.00")
                .contains("By weekday-hour:").containsPattern("7-10 +200\\.00");
    }

    @Test
    void badInputIsRefusedWithTheUsageExitCode() {
        assertThat(run(Locale.ENGLISH, "kpi", "--data-dir", store.toString(), "--from", "2026-11-31", "--to",
                "2026-12-01")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("\"2026-11-31\" is not a date for --from");

        assertThat(run(Locale.ENGLISH, "kpi", "--data-dir", store.toString(), "--from", "2026-11-07", "--to",
                "2026-11-01")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("before it starts");

        assertThat(run(Locale.ENGLISH, "kpi", "--data-dir", store.toString(), "--from", "2026-11-01", "--to",
                "2026-11-07", "--channel", "NOPE")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("There is no channel \"NOPE\"");

        assertThat(run(Locale.SIMPLIFIED_CHINESE, "kpi", "--data-dir", store.toString(), "--from", "2026-11-01",
                "--to", "2026-11-07", "--by", "planet")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("不能按“planet”分组");
        assertThat(out.toString()).isEmpty();
    }
}
