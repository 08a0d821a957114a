package io.storedesk.cli;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogQuery;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ImportKindId;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `storedesk export`: store contents to CSV or XLSX, with the columns the import reads back. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Export store contents to a CSV or XLSX file (by the file's extension).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--kind", paramLabel = "KIND", required = true, description = "catalog or carrier-rates")
    String kind;

    @Option(names = "--file", paramLabel = "FILE", required = true, description = "Where to write (.csv or .xlsx).")
    Path file;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only what this search finds (catalog).")
    String search;

    private final StoreSessions sessions;
    private final Console console;

    ExportCommand(StoreSessions sessions, Console console) {
        this.sessions = sessions;
        this.console = console;
    }

    @Override
    public Integer call() {
        ImportKindId kindId = ImportKindId.fromCliName(kind)
                .orElseThrow(() -> new RefusedInputException("cli.import.unknownKind", kind));
        if (kindId != ImportKindId.CATALOG && kindId != ImportKindId.CARRIER_RATES) {
            throw new RefusedInputException("cli.export.notAvailable", kind);
        }
        try (Services services = sessions.open(dataDir.value())) {
            long rows;
            if (kindId == ImportKindId.CARRIER_RATES) {
                rows = services.carrierRateExport().export(file, console.messages().locale());
            } else {
                List<Long> ids = services.catalog().matchingIds(CatalogQuery.all(1).withText(search));
                rows = services.catalogExport().export(file, ids, console.messages().locale(), done -> { });
            }
            console.result("cli.export.done", rows, file.toAbsolutePath());
            return ExitCodes.SUCCESS;
        }
    }
}
