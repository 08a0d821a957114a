package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.aftersales.report.OpenTicket;
import io.storedesk.aftersales.report.OpenTicketClocks.Filter;
import io.storedesk.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk tickets list`: open tickets, the one closest to breaching its SLA first. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print open tickets by time to breach, soonest first: code, type, status, priority, assignee, "
                + "next SLA target, when it is due and the time left (negative = overdue).")
final class TicketsListCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([mhd])");
    private static final String[] COLUMNS = {"code", "type", "status", "priority", "assignee", "target", "due",
        "left"};

    @Mixin
    DataDirOption dataDir;

    @ArgGroup(exclusive = true)
    Which which = new Which();

    @Option(names = "--mine", paramLabel = "USER", description = "Only tickets assigned to this user.")
    String mine;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    TicketsListCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    /** Every open ticket (the default), only breached ones, or only those due within a time. */
    static final class Which {
        @Option(names = "--breached", description = "Only tickets that missed an SLA target.")
        boolean breached;

        @Option(names = "--due-within", paramLabel = "TIME",
                description = "Only tickets whose next target is due within this time (overdue included): "
                        + "a whole number with m, h or d, e.g. 30m, 1h, 2d.")
        String dueWithin;
    }

    @Override
    public Integer call() throws Exception {
        Duration within = null;
        if (which.dueWithin != null) {
            Optional<Duration> parsed = parseDuration(which.dueWithin);
            if (parsed.isEmpty()) {
                console.problem(console.messages().get("cli.tickets.badDuration", which.dueWithin));
                return ExitCodes.REFUSED;
            }
            within = parsed.get();
        }
        String assignee = mine == null || mine.isBlank() ? null : mine.strip();
        try (Services services = sessions.open(dataDir.value())) {
            List<OpenTicket> queue = services.openTicketClocks().open(new Filter(which.breached, within, assignee));
            Instant now = services.clock().instant();
            if (json) {
                console.raw(toJson(queue, now));
            } else {
                print(queue, now, services.shop().zone());
            }
        }
        return ExitCodes.SUCCESS;
    }

    /** 30m, 1h, 2d (whole minutes, hours or days); empty for anything else. */
    static Optional<Duration> parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }

    /** Compact time left: "45m", "3h 05m", "2d 04h"; a minus sign once overdue. */
    static String timeLeft(Duration left) {
        long minutes = Math.abs(left.toMinutes());
        String sign = left.isNegative() ? "-" : "";
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%s%dd %02dh", sign, days, hours);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%s%dh %02dm", sign, hours, rest);
        }
        return sign + rest + "m";
    }

    private void print(List<OpenTicket> queue, Instant now, ZoneId zone) {
        Messages messages = console.messages();
        if (queue.isEmpty()) {
            console.result("cli.tickets.list.empty");
            return;
        }
        console.result("cli.tickets.list.header", queue.size(), TIME.format(now.atZone(zone)));
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.get("cli.tickets.list.column." + COLUMNS[i]);
        }
        rows.add(header);
        String none = messages.get("cli.tickets.none");
        for (OpenTicket t : queue) {
            rows.add(new String[] {t.code(), messages.get("aftersales.type." + t.type().name()),
                messages.get("aftersales.status." + t.status().name()),
                messages.get("aftersales.priority." + t.priority().name()), t.assignee() == null ? none : t.assignee(),
                t.nextTarget() == null ? none : messages.get(t.nextTarget().messageKey()),
                t.due() == null ? none : TIME.format(t.due().atZone(zone)),
                t.timeLeft() == null ? none : timeLeft(t.timeLeft())});
        }
        TextTable.print(rows, console::raw);
    }

    static String toJson(List<OpenTicket> queue, Instant now) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("now", now.toString());
        root.put("count", queue.size());
        ArrayNode tickets = root.putArray("tickets");
        for (OpenTicket t : queue) {
            tickets.addObject()
                    .put("code", t.code())
                    .put("type", t.type().name())
                    .put("status", t.status().name())
                    .put("priority", t.priority().name())
                    .put("assignee", t.assignee())
                    .put("nextTarget", t.nextTarget() == null ? null : t.nextTarget().name())
                    .put("state", t.nextState() == null ? null : t.nextState().name())
                    .put("due", t.due() == null ? null : t.due().toString())
                    .put("minutesLeft", t.timeLeft() == null ? null : Math.floorDiv(t.timeLeft().toSeconds(), 60L))
                    .put("businessMinutesLeft", t.businessMinutesLeft())
                    .put("breached", t.breached());
        }
        return mapper.writeValueAsString(root);
    }
}
