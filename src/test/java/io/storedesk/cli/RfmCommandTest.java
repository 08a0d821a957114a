package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.dashboard.customers.CustomerTier;
import io.storedesk.dashboard.customers.RfmSegment;
import io.storedesk.dashboard.customers.SegmentReport;
import io.storedesk.demo.DemoShop;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** storedesk rfm on a copy of the demo shop, against the service's own report. */
class RfmCommandTest {

    private static final String AS_OF = DemoShop.LAST_DAY.toString();

    private static Path store;
    private static SegmentReport expected;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void report() {
        store = TestStores.copyOfDemo();
        try (Services services = session(store.toString())) {
            // RFM reads the KPI rollups, which the demo store does not have until something brings them up to date.
            services.kpiRollups().catchUp();
            expected = services.customerSegments().report(DemoShop.LAST_DAY);
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.create(dir -> { }, RfmCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(args);
    }

    @Test
    void jsonHasSegmentAndTierCountsAndSharesUnderStableNames() throws Exception {
        int exit = run(Locale.ENGLISH, "rfm", "--data-dir", store.toString(), "--as-of", AS_OF, "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("asOf").asText()).isEqualTo(AS_OF);
        assertThat(json.path("from").asText()).isEqualTo(DemoShop.LAST_DAY.minusDays(364).toString());
        assertThat(json.path("customers").asInt()).isEqualTo(expected.customers()).isPositive();
        assertThat(new BigDecimal(json.path("monetary").asText())).isEqualByComparingTo(expected.monetary());
        assertThat(json.path("segments")).hasSize(RfmSegment.values().length);
        assertThat(json.path("tiers")).hasSize(CustomerTier.values().length);
        int tierCustomers = 0;
        for (JsonNode tier : json.path("tiers")) {
            CustomerTier named = CustomerTier.valueOf(tier.path("tier").asText().toUpperCase(Locale.ROOT));
            assertThat(tier.path("customers").asInt()).isEqualTo(expected.share(named).customers());
            assertThat(tier.path("revenueSharePercent").asText())
                    .isEqualTo(expected.share(named).revenueSharePercent().toPlainString());
            tierCustomers += tier.path("customers").asInt();
        }
        assertThat(tierCustomers).isEqualTo(expected.customers());
        JsonNode champions = json.path("segments").get(0);
        assertThat(champions.path("segment").asText()).isEqualTo("champions");
        assertThat(champions.path("customers").asInt()).isEqualTo(expected.share(RfmSegment.CHAMPIONS).customers());
        assertThat(champions.has("customerSharePercent")).isTrue();
    }

    @Test
    void textNamesTheGroupsInChinese() {
        int exit = run(Locale.SIMPLIFIED_CHINESE, "rfm", "--data-dir", store.toString(), "--as-of", AS_OF);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("重要价值客户", "战略", "潜力", "成长", "沉睡", "收入占比");
    }

    @Test
    void exportWritesTheGroupsCustomersMasked() throws Exception {
        Path file = TestStores.newDirectory().resolve("strategic.csv");

        int exit = run(Locale.ENGLISH, "rfm", "--data-dir", store.toString(), "--as-of", AS_OF, "--export",
                "strategic", "--out", file.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + expected.share(CustomerTier.STRATEGIC).customers());
        assertThat(lines.get(1)).matches(".*,\\d{3}\\*{4}\\d{4},.*").endsWith(",Strategic");
        assertThat(err.toString()).contains("personal data masked");
    }

    @Test
    void refusesAnUnknownGroupAndABadDate() {
        assertThat(run(Locale.ENGLISH, "rfm", "--data-dir", store.toString(), "--export", "vip", "--out", "x.csv"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("\"vip\" is neither an RFM segment nor a tier");
        assertThat(run(Locale.ENGLISH, "rfm", "--data-dir", store.toString(), "--as-of", "20-11-2026"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(run(Locale.ENGLISH, "rfm", "--data-dir", store.toString(), "--export", "lost"))
                .isEqualTo(ExitCodes.REFUSED);
    }
}
