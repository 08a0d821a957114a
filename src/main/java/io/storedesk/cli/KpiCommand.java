package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.Dimension;
import io.storedesk.dashboard.kpi.KpiFilter;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.dashboard.kpi.KpiReport;
import io.storedesk.dashboard.kpi.KpiValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk kpi --from F --to T [--channel C] [--by D] [--json]`: the dashboard's KPIs by their names. */
@Command(name = "kpi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the KPIs of the days from --from to --to (both included, in the shop's time zone) and "
                + "of the period of the same length before, optionally for one channel and broken down.")
final class KpiCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day, included (YYYY-MM-DD).")
    String to;

    @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only this channel (its code or name).")
    String channel;

    @Option(names = "--by", paramLabel = "DIMENSION",
            description = "Break down by channel, warehouse, category, province, month, day or weekday-hour.")
    String by;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    KpiCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (first == null || last == null) {
            return ExitCodes.REFUSED;
        }
        if (last.isBefore(first)) {
            console.problem(console.messages().get("cli.kpi.badRange", first.toString(), last.toString()));
            return ExitCodes.REFUSED;
        }
        Dimension dimension = by == null ? null : dimension(by);
        if (by != null && dimension == null) {
            console.problem(console.messages().get("cli.kpi.badDimension", by));
            return ExitCodes.REFUSED;
        }
        try (Services services = sessions.open(dataDir.value())) {
            KpiFilter filter = KpiFilter.NONE;
            if (channel != null) {
                Optional<Long> id = services.kpi().channelId(channel.strip());
                if (id.isEmpty()) {
                    console.problem(console.messages().get("cli.kpi.unknownChannel", channel));
                    return ExitCodes.REFUSED;
                }
                filter = filter.withChannel(id.get());
            }
            // Whatever wrote orders since the rollups were last brought up to date is rolled up first.
            services.kpiRollups().catchUp();
            KpiQuery query = new KpiQuery(new Period(first, last), filter);
            KpiReport report = services.kpi().report(query);
            List<BreakdownRow> rows = dimension == null ? List.of() : services.kpi().breakdown(query, dimension);
            if (json) {
                console.raw(toJson(report, channel, dimension, rows));
            } else {
                print(report, dimension, rows);
            }
        }
        return ExitCodes.SUCCESS;
    }

    private LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            console.problem(console.messages().get("cli.kpi.badDate", option, text));
            return null;
        }
    }

    static Dimension dimension(String text) {
        try {
            return Dimension.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void print(KpiReport report, Dimension dimension, List<BreakdownRow> breakdown) {
        Period period = report.query().period();
        Period previous = period.previous();
        console.result("cli.kpi.header", period.first().toString(), period.last().toString(),
                previous.first().toString(), previous.last().toString());
        if (channel != null) {
            console.result("cli.kpi.channel", channel);
        }
        String none = console.messages().get("cli.kpi.none");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {console.messages().get("cli.kpi.column.kpi"),
            console.messages().get("cli.kpi.column.value"), console.messages().get("cli.kpi.column.previous")});
        Map<String, String> now = KpiValues.of(report.current(), report.tickets(), report.stock());
        Map<String, String> before = KpiValues.of(report.previous(), null, null);
        now.forEach((name, value) -> rows.add(new String[] {name, value == null ? none : value,
            before.containsKey(name) ? Optional.ofNullable(before.get(name)).orElse(none) : ""}));
        TextTable.print(rows, console::raw);
        if (dimension != null) {
            console.result("cli.kpi.by", dimension.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {console.messages().get("cli.kpi.column.group"), "gmv", "orders", "units",
                "net_revenue", "refunds"});
            for (BreakdownRow row : breakdown) {
                table.add(new String[] {row.label() == null ? none : row.label(), KpiValues.money(row.gmv()),
                    String.valueOf(row.orders()), String.valueOf(row.units()), KpiValues.money(row.netRevenue()),
                    KpiValues.money(row.refunds())});
            }
            TextTable.print(table, console::raw);
        }
    }

    static String toJson(KpiReport report, String channel, Dimension dimension, List<BreakdownRow> breakdown)
            throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        Period period = report.query().period();
        root.put("from", period.first().toString());
        root.put("to", period.last().toString());
        root.put("channel", channel);
        ObjectNode kpis = root.putObject("kpis");
        KpiValues.of(report.current(), report.tickets(), report.stock()).forEach(kpis::put);
        ObjectNode previous = root.putObject("previous");
        previous.put("from", period.previous().first().toString());
        previous.put("to", period.previous().last().toString());
        KpiValues.of(report.previous(), null, null).forEach(previous::put);
        if (dimension != null) {
            root.put("by", dimension.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ArrayNode rows = root.putArray("breakdown");
            for (BreakdownRow row : breakdown) {
                rows.addObject().put("key", row.key()).put("label", row.label())
                        .put("gmv", KpiValues.money(row.gmv())).put("orders", row.orders()).put("units", row.units())
                        .put("net_revenue", KpiValues.money(row.netRevenue()))
                        .put("refunds", KpiValues.money(row.refunds()));
            }
        }
        return mapper.writeValueAsString(root);
    }
}
