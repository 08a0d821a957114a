package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.aftersales.report.SlaReport;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.demo.DemoShop;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** tickets sla from the command line, on a copy of the demo shop, against the report service's own answer. */
class TicketsSlaCommandTest {

    private static final String FROM = DemoShop.FIRST_DAY.toString();
    private static final String TO = DemoShop.LAST_DAY.plusDays(1).toString();

    private static Path store;
    private static SlaReport expected;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void report() {
        store = TestStores.copyOfDemo();
        try (Services services = session(store.toString())) {
            expected = services.slaReports().report(DemoShop.FIRST_DAY, DemoShop.LAST_DAY.plusDays(1));
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.create(dir -> { }, TicketsSlaCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(args);
    }

    @Test
    void jsonHasTheReportUnderStableNames() throws Exception {
        int exit = run(Locale.ENGLISH, "tickets", "sla", "--data-dir", store.toString(), "--from", FROM, "--to", TO,
                "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("from").asText()).isEqualTo(FROM);
        assertThat(json.path("to").asText()).isEqualTo(TO);
        assertThat(json.path("tickets").asInt()).isEqualTo(expected.tickets()).isPositive();
        for (SlaTarget target : SlaTarget.values()) {
            SlaReport.TargetAttainment a = expected.target(target);
            JsonNode node = json.path("targets").path(target.name());
            assertThat(node.path("measured").asInt()).as(target.name()).isEqualTo(a.measured());
            assertThat(node.path("met").asInt()).as(target.name()).isEqualTo(a.met());
            assertThat(node.path("breached").asInt()).as(target.name()).isEqualTo(a.breached());
            assertThat(node.path("met").asInt() + node.path("breached").asInt()).isEqualTo(a.measured());
        }
        JsonNode firstResponse = json.path("targets").path("FIRST_RESPONSE");
        assertThat(firstResponse.path("measured").asInt()).isPositive();
        assertThat(firstResponse.path("attainmentPercent").asDouble()).isEqualTo(
                Math.round(expected.target(SlaTarget.FIRST_RESPONSE).attainmentPercent() * 10) / 10.0);
        assertThat(json.path("averageFirstResponseMinutes").asDouble()).isPositive();
        assertThat(json.path("averageResolutionMinutes").asDouble()).isPositive();
        assertThat(json.path("backlog").path("open").asInt()).isEqualTo(expected.backlog().open()).isPositive();
        assertThat(json.path("backlog").path("breached").asInt()).isEqualTo(expected.backlog().breached());
        assertThat(json.path("reopens").path("resolved").asInt()).isEqualTo(expected.reopens().resolved());
        assertThat(json.path("reopens").has("ratePercent")).isTrue();
        assertThat(json.path("satisfaction").path("count").asInt()).isEqualTo(expected.satisfaction().count())
                .isPositive();
        assertThat(json.path("satisfaction").path("average").asDouble()).isBetween(1.0, 5.0);
    }

    @Test
    void theTextIsATableAndASummaryInTheUsersLanguage() {
        assertThat(run(Locale.ENGLISH, "tickets", "sla", "--data-dir", store.toString(), "--from", FROM, "--to", TO))
                .isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("SLA report for tickets created from " + FROM + " up to " + TO)
                .endsWith(String.format(Locale.ENGLISH, "%,d tickets", expected.tickets()));
        assertThat(lines.get(1)).startsWith("Target").contains("Measured", "Met", "Breached", "Attainment");
        assertThat(lines.get(2)).startsWith("First response")
                .contains(String.valueOf(expected.target(SlaTarget.FIRST_RESPONSE).measured())).endsWith("%");
        assertThat(lines.get(3)).startsWith("Resolution");
        assertThat(lines.get(4)).startsWith("Feedback to customer");
        assertThat(out.toString()).contains("Average first response:", "Backlog at", "Reopen rate:", "Satisfaction:");

        assertThat(run(Locale.SIMPLIFIED_CHINESE, "tickets", "sla", "--data-dir", store.toString(), "--from", FROM,
                "--to", TO)).isZero();
        assertThat(out.toString()).contains("SLA 报表", "达标率", "首次响应", "重开率");
    }

    @Test
    void aWindowThatDoesNotMoveForwardIsRefusedWithTheUsageExitCode() {
        assertThat(run(Locale.ENGLISH, "tickets", "sla", "--data-dir", store.toString(), "--from", TO, "--to", FROM))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("must be before its end date");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDateThatIsNotOneIsRefusedBeforeTheStoreIsOpened() {
        int exit = Cli.create(dir -> { }, dir -> {
            throw new AssertionError("no store for a bad date");
        }, new PrintWriter(out, true), new PrintWriter(err, true), Locale.ENGLISH)
                .execute("tickets", "sla", "--from", "2026-13-01", "--to", TO);

        assertThat(exit).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("\"2026-13-01\" is not a date for --from").contains("YYYY-MM-DD");
    }

    @Test
    void ticketsAloneShowsItsCommandsAndIsRefused() {
        assertThat(run(Locale.ENGLISH, "tickets")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("Usage: storedesk tickets").contains("sla").contains("list");
    }
}
