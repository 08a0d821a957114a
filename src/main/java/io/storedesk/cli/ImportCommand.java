package io.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportLimits;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RefusedRowsReport;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk import`: a spreadsheet into the store, with a dry run, a report of refused rows, and JSON. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import a spreadsheet (CSV or XLSX) into the store.",
        "Exit code 2 when rows are refused and nothing was written (or, with --dry-run, would be refused)."})
final class ImportCommand implements Callable<Integer> {

    static final int MAX_LISTED_ERRORS = 200;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "catalog, stock-count, stock-settings, orders or carrier-rates.")
    String kind;

    @Option(names = "--file", paramLabel = "FILE", description = "The spreadsheet to import.")
    Path file;

    @Option(names = "--mapping", paramLabel = "M", description = {"Columns for fields, as field=Header pairs joined",
            "by commas, or a file of such lines (field= leaves a field out)."})
    String mapping;

    @Option(names = "--dry-run", description = "Decide every row and report; write nothing.")
    boolean dryRun;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "all-or-nothing",
            description = "all-or-nothing (default: any refused row stops the import) or valid-only.")
    String mode;

    @Option(names = "--create-missing-skus", description = "Orders: create SKUs the catalog lacks from the lines.")
    boolean createMissingSkus;

    @Option(names = "--report", paramLabel = "REFUSED", description = "Write the refused rows, with the reasons, to this CSV/XLSX.")
    Path report;

    @Option(names = "--json", description = "Print a JSON summary.")
    boolean json;

    private final StoreSessions sessions;
    private final Console console;

    ImportCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (kind == null || file == null) {
            throw new RefusedInputException("cli.import.kindAndFile");
        }
        ImportKindId kindId = ImportKindId.fromCliName(kind)
                .orElseThrow(() -> new RefusedInputException("cli.import.unknownKind", kind));
        ImportMode importMode = switch (mode) {
            case "all-or-nothing" -> ImportMode.ALL_OR_NOTHING;
            case "valid-only" -> ImportMode.VALID_ONLY;
            default -> throw new RefusedInputException("cli.import.unknownMode", mode);
        };
        try (Services services = sessions.open(dataDir.value())) {
            ImportOptions options = new ImportOptions(importMode, dryRun, createMissingSkus, mapping(), services.userName());
            ImportResult result = services.imports().run(kindId, file, options, ImportProgress.NONE);
            int reported = report == null || result.refused() == 0 ? 0
                    : RefusedRowsReport.write(file, result, report, console.messages(), ImportLimits.DEFAULT);
            if (json) {
                console.raw(toJson(result, reported));
            } else {
                describe(result, reported);
            }
            boolean refusedAndNotApplied = result.refused() > 0 && !result.applied();
            return refusedAndNotApplied ? ExitCodes.REFUSED : ExitCodes.SUCCESS;
        }
    }

    private Map<String, String> mapping() throws IOException {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (mapping == null) {
            return pairs;
        }
        Path asFile = Path.of(mapping);
        if (Files.isRegularFile(asFile)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(asFile, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            properties.stringPropertyNames().forEach(k -> pairs.put(k.strip(), properties.getProperty(k).strip()));
            return pairs;
        }
        for (String pair : mapping.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new RefusedInputException("cli.import.badMapping", pair);
            }
            pairs.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return pairs;
    }

    private void describe(ImportResult result, int reported) {
        console.result("cli.import.summary", result.fileName(), result.description(), result.rows(),
                result.count(RowStatus.NEW), result.count(RowStatus.CHANGED), result.unchanged(), result.refused());
        Messages messages = console.messages();
        List<RowProblem> problems = result.problems();
        problems.stream().limit(20).forEach(p -> console.raw("  " + messages.get("cli.import.problem", p.row(),
                p.column(), messages.get(p.reason().key(), p.reason().arguments()), p.value())));
        if (problems.size() > 20) {
            console.result("cli.import.more", problems.size() - 20);
        }
        if (!result.warnings().isEmpty()) {
            console.result("cli.import.warnings", result.warnings().size());
        }
        if (reported > 0) {
            console.result("cli.import.reported", reported, report);
        }
        if (result.applied()) {
            console.result("cli.import.applied", result.jobId());
        } else if (dryRun) {
            console.result("cli.import.dryRun");
        } else {
            console.result(result.refused() > 0 ? "cli.import.notApplied" : "cli.import.nothingToDo");
        }
    }

    private String toJson(ImportResult result, int reported) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Messages messages = console.messages();
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", result.kind().cliName());
        root.put("file", result.fileName());
        root.put("format", result.description());
        root.put("dryRun", dryRun);
        root.put("rows", result.rows());
        root.put("accepted", result.accepted());
        root.put("new", result.count(RowStatus.NEW));
        root.put("changed", result.count(RowStatus.CHANGED));
        root.put("refused", result.refused());
        root.put("unchanged", result.unchanged());
        root.put("applied", result.applied());
        if (result.jobId() == null) {
            root.putNull("job");
        } else {
            root.put("job", result.jobId());
        }
        root.put("tookMs", result.took().toMillis());
        ObjectNode columns = root.putObject("mapping");
        result.mapping().forEach(columns::put);
        root.put("errorsListed", Math.min(result.problems().size(), MAX_LISTED_ERRORS));
        problems(root.putArray("errors"), result.problems(), messages);
        problems(root.putArray("warnings"), result.warnings(), messages);
        if (report != null) {
            root.put("report", report.toString());
            root.put("reportedRows", reported);
        }
        return mapper.writeValueAsString(root);
    }

    private static void problems(ArrayNode array, List<RowProblem> problems, Messages messages) {
        problems.stream().limit(MAX_LISTED_ERRORS).forEach(p -> array.addObject()
                .put("row", p.row())
                .put("column", p.column())
                .put("value", p.value())
                .put("reason", messages.get(p.reason().key(), p.reason().arguments())));
    }
}
