package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.aftersales.report.SlaReport;
import io.storedesk.aftersales.report.SlaReport.TargetAttainment;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk tickets sla --from F --to T`: SLA attainment, averages, backlog, reopens and satisfaction. */
@Command(name = "sla", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the SLA report for tickets created from --from up to --to (not included), "
                + "dates in the shop's time zone.")
final class TicketsSlaCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {"target", "measured", "met", "breached", "attainment"};

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First creation date (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", required = true,
            description = "Day after the last creation date (YYYY-MM-DD), not included.")
    String to;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    TicketsSlaCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate first = date("--from", from);
        LocalDate end = date("--to", to);
        if (first == null || end == null) {
            return ExitCodes.REFUSED;
        }
        try (Services services = sessions.open(dataDir.value())) {
            SlaReport report = services.slaReports().report(first, end);
            if (json) {
                console.raw(toJson(report));
            } else {
                print(report);
            }
        }
        return ExitCodes.SUCCESS;
    }

    private LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            console.problem(console.messages().get("cli.tickets.badDate", option, text));
            return null;
        }
    }

    private void print(SlaReport r) {
        Messages messages = console.messages();
        console.result("cli.tickets.sla.header", r.from().toString(), r.to().toString(), r.zone().getId(),
                r.tickets());
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.get("cli.tickets.sla.column." + COLUMNS[i]);
        }
        rows.add(header);
        for (SlaTarget target : SlaTarget.values()) {
            TargetAttainment a = r.target(target);
            rows.add(new String[] {messages.get(target.messageKey()), String.valueOf(a.measured()),
                String.valueOf(a.met()), String.valueOf(a.breached()), percent(a.attainmentPercent(), messages)});
        }
        TextTable.print(rows, console::raw);
        console.result("cli.tickets.sla.averages", number(r.averageFirstResponseMinutes(), messages),
                number(r.averageResolutionMinutes(), messages));
        console.result("cli.tickets.sla.backlog", TIME.format(r.backlog().at().atZone(r.zone())), r.backlog().open(),
                r.backlog().breached());
        console.result("cli.tickets.sla.reopens", percent(r.reopens().ratePercent(), messages),
                r.reopens().reopened(), r.reopens().resolved());
        console.result("cli.tickets.sla.satisfaction", number(r.satisfaction().average(), messages),
                r.satisfaction().count());
    }

    static String toJson(SlaReport r) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("from", r.from().toString());
        root.put("to", r.to().toString());
        root.put("zone", r.zone().getId());
        root.put("tickets", r.tickets());
        ObjectNode targets = root.putObject("targets");
        for (SlaTarget target : SlaTarget.values()) {
            TargetAttainment a = r.target(target);
            targets.putObject(target.name())
                    .put("measured", a.measured())
                    .put("met", a.met())
                    .put("breached", a.breached())
                    .put("attainmentPercent", rounded(a.attainmentPercent()));
        }
        root.put("averageFirstResponseMinutes", rounded(r.averageFirstResponseMinutes()));
        root.put("averageResolutionMinutes", rounded(r.averageResolutionMinutes()));
        root.putObject("backlog")
                .put("at", r.backlog().at().toString())
                .put("open", r.backlog().open())
                .put("breached", r.backlog().breached());
        root.putObject("reopens")
                .put("reopened", r.reopens().reopened())
                .put("resolved", r.reopens().resolved())
                .put("ratePercent", rounded(r.reopens().ratePercent()));
        root.putObject("satisfaction")
                .put("count", r.satisfaction().count())
                .put("average", rounded(r.satisfaction().average()));
        return mapper.writeValueAsString(root);
    }

    /** One decimal, so the JSON reads like the table; null stays null. */
    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static String number(Double value, Messages messages) {
        return value == null ? messages.get("cli.tickets.none") : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(Double value, Messages messages) {
        return value == null ? messages.get("cli.tickets.none") : String.format(Locale.ROOT, "%.1f %%", value);
    }
}
