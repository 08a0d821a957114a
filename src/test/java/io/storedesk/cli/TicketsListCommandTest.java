package io.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storedesk.Services;
import io.storedesk.aftersales.report.OpenTicket;
import io.storedesk.aftersales.report.OpenTicketClocks;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** tickets list from the command line, on a copy of the demo shop (tickets of every type in every state). */
class TicketsListCommandTest {

    private static final Set<String> QUEUED = Set.of("PENDING_REVIEW", "PROCESSING", "WAITING_CUSTOMER", "DONE");

    private static Path store;
    private static List<OpenTicket> expected;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void queue() {
        store = TestStores.copyOfDemo();
        try (Services services = session(store.toString())) {
            expected = services.openTicketClocks().open(OpenTicketClocks.Filter.ALL);
        }
    }

    private static Services session(String dir) {
        return new Services(Store.open(StoreConfig.embedded(Path.of(dir))), TestStores.DEMO_CLOCK);
    }

    private int run(Locale locale, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", store.toString()));
        return Cli.create(dir -> { }, TicketsListCommandTest::session, new PrintWriter(out, true),
                new PrintWriter(err, true), locale).execute(all.toArray(String[]::new));
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("tickets", "list", "--json"));
        all.addAll(List.of(args));
        assertThat(run(Locale.ENGLISH, all.toArray(String[]::new))).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void everyQueuedTicketSoonestBreachFirst() throws Exception {
        JsonNode json = json();

        assertThat(json.path("now").asText()).isEqualTo(TestStores.DEMO_CLOCK.instant().toString());
        JsonNode tickets = json.path("tickets");
        assertThat(tickets.size()).isEqualTo(expected.size()).isPositive();
        Instant previous = Instant.MIN;
        boolean undated = false;
        for (JsonNode t : tickets) {
            assertThat(QUEUED).contains(t.path("status").asText());
            if (t.path("due").isNull()) {
                undated = true;
                continue;
            }
            assertThat(undated).as("tickets without a running target come last").isFalse();
            Instant due = Instant.parse(t.path("due").asText());
            assertThat(due).isAfterOrEqualTo(previous);
            previous = due;
            long left = Duration.between(TestStores.DEMO_CLOCK.instant(), due).toSeconds();
            assertThat(t.path("minutesLeft").asLong()).isEqualTo(Math.floorDiv(left, 60L));
            assertThat(t.path("nextTarget").asText()).isIn("FIRST_RESPONSE", "RESOLUTION", "FEEDBACK");
        }
        JsonNode first = tickets.get(0);
        assertThat(first.path("code").asText()).isEqualTo(expected.get(0).code());
        assertThat(first.has("type") && first.has("priority") && first.has("assignee") && first.has("breached"))
                .isTrue();
    }

    @Test
    void dueWithinAnHourKeepsOnlyTicketsDueByThen() throws Exception {
        JsonNode tickets = json("--due-within", "1h").path("tickets");

        long expectedCount = expected.stream().filter(t -> t.timeLeft() != null
                && t.timeLeft().compareTo(Duration.ofHours(1)) <= 0).count();
        assertThat(tickets.size()).isEqualTo((int) expectedCount).isPositive();
        for (JsonNode t : tickets) {
            assertThat(t.path("minutesLeft").asLong()).isLessThanOrEqualTo(60);
        }
    }

    @Test
    void breachedAndMineFilter() throws Exception {
        JsonNode breached = json("--breached").path("tickets");
        assertThat(breached.size()).isEqualTo((int) expected.stream().filter(OpenTicket::breached).count());
        breached.forEach(t -> assertThat(t.path("breached").asBoolean()).isTrue());

        String agent = expected.stream().map(OpenTicket::assignee).filter(a -> a != null).findFirst().orElseThrow();
        JsonNode mine = json("--mine", agent).path("tickets");
        assertThat(mine.size()).isEqualTo((int) expected.stream().filter(t -> agent.equals(t.assignee())).count())
                .isPositive();
        mine.forEach(t -> assertThat(t.path("assignee").asText()).isEqualTo(agent));
    }

    @Test
    void theTableSpeaksTheUsersLanguage() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "tickets", "list")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith(expected.size() + " 张待处理工单");
        assertThat(lines.get(1)).startsWith("工单").contains("类型", "状态", "优先级", "处理人", "下一个时限", "截止时间",
                "剩余时间");
        assertThat(lines.get(2)).startsWith(expected.get(0).code());
        assertThat(lines).hasSize(expected.size() + 2);
    }

    @Test
    void aTimeThatIsNotOneIsRefused() {
        assertThat(run(Locale.ENGLISH, "tickets", "list", "--due-within", "90s")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("\"90s\" is not a time for --due-within").contains("30m, 1h or 2d");
        assertThat(out.toString()).isEmpty();

        assertThat(run(Locale.ENGLISH, "tickets", "list", "--breached", "--due-within", "1h"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void durationsAndTimeLeftRead() {
        assertThat(TicketsListCommand.parseDuration("30m")).contains(Duration.ofMinutes(30));
        assertThat(TicketsListCommand.parseDuration(" 1H ")).contains(Duration.ofHours(1));
        assertThat(TicketsListCommand.parseDuration("2d")).contains(Duration.ofDays(2));
        assertThat(TicketsListCommand.parseDuration("1.5h")).isEmpty();
        assertThat(TicketsListCommand.parseDuration("-1h")).isEmpty();
        assertThat(TicketsListCommand.parseDuration("h")).isEmpty();
        assertThat(TicketsListCommand.timeLeft(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(TicketsListCommand.timeLeft(Duration.ofMinutes(185))).isEqualTo("3h 05m");
        assertThat(TicketsListCommand.timeLeft(Duration.ofMinutes(-(2 * 24 * 60 + 4 * 60 + 10)))).isEqualTo("-2d 04h");
    }
}
