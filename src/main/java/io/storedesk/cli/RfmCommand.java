package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.dashboard.customers.CustomerGroup;
import io.storedesk.dashboard.customers.GroupShare;
import io.storedesk.dashboard.customers.SegmentReport;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk rfm`: customers by RFM segment and tier, and the export of one group's customers. */
@Command(name = "rfm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print how many customers, and what share of revenue, fall in each RFM segment and tier "
                + "over the 365 days up to --as-of; with --export, write one segment's or tier's customers.")
final class RfmCommand implements Callable<Integer> {

    private static final String[] COLUMNS = {"group", "customers", "customerShare", "monetary", "revenueShare"};

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Last day of the window (YYYY-MM-DD), in the shop's time zone; default today.")
    String asOf;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--export", paramLabel = "GROUP",
            description = "Segment (e.g. champions, at-risk) or tier (strategic, potential, growth, dormant) to export.")
    String export;

    @Option(names = "--out", paramLabel = "FILE", description = "CSV or XLSX file for --export.")
    Path out;

    // Refused without the personal-data right, and logged in the personal-data access log when done.
    @Option(names = "--unmasked", description = "Export names, phones and e-mails in full instead of masked "
            + "(needs the personal-data right; recorded).")
    boolean unmasked;

    private final StoreSessions sessions;
    private final Console console;

    RfmCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = null;
        if (asOf != null) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                console.problem(console.messages().get("cli.rfm.badDate", asOf));
                return ExitCodes.REFUSED;
            }
        }
        if (export != null && out == null) {
            console.problem(console.messages().get("cli.rfm.outRequired"));
            return ExitCodes.REFUSED;
        }
        CustomerGroup group = export == null ? null : CustomerGroup.parse(export);
        try (Services services = sessions.open(dataDir.value())) {
            // RFM reads the KPI rollups: whatever wrote orders since they were last brought up to date is rolled up.
            services.kpiRollups().catchUp();
            LocalDate end = day != null ? day : services.customerSegments().today();
            if (group != null) {
                int written = services.segmentExport().export(out, end, group, console.messages().locale(),
                        unmasked);
                console.progress("cli.rfm.exported", written, console.messages().get(group.messageKey()), out,
                        unmasked ? 1 : 0);
            }
            SegmentReport report = services.customerSegments().report(end);
            if (json) {
                console.raw(toJson(report));
            } else {
                print(report);
            }
        }
        return ExitCodes.SUCCESS;
    }

    private void print(SegmentReport r) {
        Messages messages = console.messages();
        console.result("cli.rfm.header", r.firstDay().toString(), r.asOf().toString(), r.customers(),
                r.monetary().stripTrailingZeros().toPlainString());
        table(messages.get("cli.rfm.segments"), r.segments(), messages);
        table(messages.get("cli.rfm.tiers"), r.tiers(), messages);
    }

    private void table(String title, List<GroupShare> shares, Messages messages) {
        console.raw("");
        console.raw(title);
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = messages.get("cli.rfm.column." + COLUMNS[i]);
        }
        rows.add(header);
        for (GroupShare s : shares) {
            rows.add(new String[] {messages.get(s.group().messageKey()), String.valueOf(s.customers()),
                s.customerSharePercent().toPlainString() + " %", s.monetary().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                s.revenueSharePercent().toPlainString() + " %"});
        }
        TextTable.print(rows, console::raw);
    }

    /** Amounts and percentages as decimal strings, exact; group names are the enum names, stable across languages. */
    static String toJson(SegmentReport r) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", r.asOf().toString());
        root.put("from", r.firstDay().toString());
        root.put("customers", r.customers());
        root.put("monetary", r.monetary().toPlainString());
        root.put("monetaryBasis", "gross");
        groups(root.putArray("segments"), r.segments(), "segment");
        groups(root.putArray("tiers"), r.tiers(), "tier");
        return mapper.writeValueAsString(root);
    }

    private static void groups(ArrayNode array, List<GroupShare> shares, String name) {
        for (GroupShare s : shares) {
            array.addObject()
                    .put(name, s.group().name().toLowerCase(Locale.ROOT))
                    .put("customers", s.customers())
                    .put("customerSharePercent", s.customerSharePercent().toPlainString())
                    .put("monetary", s.monetary().toPlainString())
                    .put("revenueSharePercent", s.revenueSharePercent().toPlainString());
        }
    }
}
