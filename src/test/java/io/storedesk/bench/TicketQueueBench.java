package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.aftersales.SlaDue;
import io.storedesk.aftersales.SlaPolicy;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.queue.QueueFilter;
import io.storedesk.aftersales.queue.TicketQueue;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The after-sales queue of 100,000 open tickets: half on a 9:00–18:00 weekday calendar, the rest 24×7, a
 * fifth waited on the customer earlier and some wait now, spread over 8 agents. Measures reading the queue
 * with every ticket's clocks, and filtering and sorting it by time to breach as the pane does.
 */
final class TicketQueueBench {

    static final int TICKETS = 100_000;
    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
    private static final String[] AGENTS = {"lina", "wei", "chenjing", "zhaolei", "sunli", "hufang", "maqiang",
        "gaoyan"};

    private final Services services;

    TicketQueueBench() {
        services = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())),
                Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
        fill(services.store().dsl(), new Random(7));
    }

    /** Reads the queue (store, pauses, clocks): the best of 5 in ms. */
    long load() {
        return best(() -> services.ticketQueue().load().tickets().size());
    }

    /** Where the read's time goes: the tickets, their pauses, in ms (best of 5 each). */
    String breakdown() {
        var queue = new io.storedesk.aftersales.queue.QueueRepository(services.store().dsl());
        var sla = new io.storedesk.aftersales.SlaRepository(services.store().dsl());
        List<Long> ids = queue.queued().stream().map(t -> t.id()).toList();
        var stored = queue.queued();
        var pauses = sla.pauses(ids);
        var clocks = new TicketRepository(services.store().dsl()).clocks(ZoneId.of("Asia/Shanghai"));
        return "tickets " + best(() -> queue.queued().size()) + " ms, pauses " + best(() -> sla.pauses(ids).size())
                + " ms, clocks and sort " + recompute(stored, pauses, clocks) + " ms";
    }

    /** Every queued ticket's clocks recomputed and sorted by time to breach: the best of 5 in ms. */
    long recompute(List<io.storedesk.aftersales.queue.StoredQueueTicket> stored,
                   Map<Long, List<io.storedesk.aftersales.sla.Pause>> pauses,
                   io.storedesk.aftersales.sla.PolicyClocks clocks) {
        return best(() -> new TicketQueue.Snapshot(NOW, TicketQueue.clocked(stored, pauses, clocks, NOW)).tickets()
                .size());
    }

    /** Each filter the pane offers over the read queue: the slowest filter's best of 5, in ms, by name. */
    Map<String, Long> filters() {
        TicketQueue.Snapshot snapshot = services.ticketQueue().load();
        Map<String, QueueFilter> filters = new LinkedHashMap<>();
        filters.put("all, by time to breach", QueueFilter.all());
        filters.put("mine", QueueFilter.all().mine("lina"));
        filters.put("overdue", QueueFilter.all().overdue(true));
        filters.put("due within 1 h", QueueFilter.all().within(Duration.ofHours(1)));
        filters.put("returns with text", QueueFilter.all().ofType(TicketType.RETURN).matching("尺码"));
        Map<String, Long> result = new LinkedHashMap<>();
        filters.forEach((name, f) -> result.put(name + " (" + snapshot.filter(f).size() + ")",
                best(() -> snapshot.filter(f).size())));
        return result;
    }

    void close() {
        services.close();
    }

    private static long best(Supplier<Integer> work) {
        work.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000;
    }

    private static void fill(DSLContext dsl, Random random) {
        dsl.execute("INSERT INTO business_calendar (code, name, always_open) VALUES ('OFFICE', 'Office', FALSE)");
        dsl.execute("INSERT INTO sla_policy (code, name, match_order, ticket_type, calendar_id, "
                + "first_response_minutes, resolution_minutes, feedback_minutes) VALUES ('RETURNS', 'Returns', 5, "
                + "'RETURN', (SELECT id FROM business_calendar WHERE code = 'OFFICE'), 60, 960, 1440)");
        TicketRepository tickets = new TicketRepository(dsl);
        List<SlaPolicy> policies = tickets.slaPolicies();
        TicketType[] types = TicketType.values();
        String[] subjects = {"尺码不合适", "质量问题", "物流太慢", "发票", "少件"};
        List<Ticket> batch = new ArrayList<>();
        long window = Duration.ofDays(5).toSeconds();
        for (int i = 0; i < TICKETS; i++) {
            TicketType type = types[random.nextInt(types.length)];
            SlaPolicy policy = SlaPolicy.choose(policies, type, TicketPriority.NORMAL, null, null).orElseThrow();
            Instant created = NOW.minusSeconds(1 + (long) (random.nextDouble() * window));
            TicketStatus status = random.nextInt(3) == 0 ? TicketStatus.PENDING_REVIEW
                    : random.nextInt(6) == 0 ? TicketStatus.WAITING_CUSTOMER : TicketStatus.PROCESSING;
            Instant responded = status == TicketStatus.PENDING_REVIEW ? null
                    : created.plusSeconds(random.nextInt(1800));
            batch.add(new Ticket(0, "B" + i, type, status, TicketPriority.NORMAL, null, null, null, null, null,
                    subjects[random.nextInt(subjects.length)] + " " + i, AGENTS[random.nextInt(AGENTS.length)], null,
                    policy.id(), new SlaDue(null, null, null), created, responded, null, null, null, 0, null, null,
                    0));
        }
        Map<String, Long> ids = tickets.insertTickets(batch);
        // A fifth waited on the customer for up to a day; the waiting ones wait since an hour or so.
        StringBuilder events = new StringBuilder();
        List<String> rows = new ArrayList<>();
        for (Ticket t : batch) {
            long id = ids.get(t.code());
            if (t.status() == TicketStatus.WAITING_CUSTOMER) {
                dsl.execute("UPDATE ticket SET paused_since = ? WHERE id = ?", NOW.minusSeconds(3600), id);
            } else if (t.firstRespondedAt() != null && random.nextInt(5) == 0) {
                Instant from = t.firstRespondedAt().plusSeconds(600);
                Instant to = from.plusSeconds(random.nextInt(86_400));
                if (to.isBefore(NOW)) {
                    rows.add(event(id, "PROCESSING", "WAITING_CUSTOMER", from));
                    rows.add(event(id, "WAITING_CUSTOMER", "PROCESSING", to));
                }
            }
        }
        for (int i = 0; i < rows.size(); i += 1000) {
            events.setLength(0);
            events.append("INSERT INTO ticket_event (ticket_id, kind, from_status, to_status, actor, occurred_at) "
                    + "VALUES ").append(String.join(", ", rows.subList(i, Math.min(rows.size(), i + 1000))));
            dsl.execute(events.toString());
        }
    }

    private static String event(long id, String from, String to, Instant at) {
        return "(" + id + ", 'STATUS', '" + from + "', '" + to + "', 'bench', TIMESTAMP WITH TIME ZONE '" + at + "')";
    }

    static String describe(Map<String, Long> filters) {
        return Arrays.toString(filters.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .toArray());
    }
}
