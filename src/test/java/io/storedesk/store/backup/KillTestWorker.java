package io.storedesk.store.backup;

import io.storedesk.Services;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.store.Store;
import io.storedesk.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Child process of the kill test: imports a catalog file and a stock count, then backs up (an H2 store only),
 * over and over, until it is killed. Iteration i sets every SKU's price to 10 + i and every count to 1 + i % 7, so a job
 * applied in part would show as mixed prices or counts.
 */
public final class KillTestWorker {

    static final String WAREHOUSE = "WH-KT";
    static final String CATEGORY = "纸尿裤";

    private KillTestWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        Path files = Path.of(args[1]);
        int first = Integer.parseInt(args[2]);
        int skus = Integer.parseInt(args[3]);
        try (Services services = new Services(openStore(dataDirectory), Clock.systemUTC())) {
            System.out.println("READY " + services.store().config().displayUrl());
            for (int i = first; ; i++) {
                importFile(services, ImportKindId.CATALOG, catalog(files, i, skus));
                System.out.println("CATALOG " + i);
                importFile(services, ImportKindId.STOCK_COUNT, counts(files, i, skus));
                System.out.println("COUNT " + i);
                // A PostgreSQL store is backed up by its server, not by StoreDesk (decision 0023).
                if (services.backups().isAvailable()) {
                    services.backups().automatic(BackupKind.DAILY);
                    System.out.println("BACKUP " + i);
                }
            }
        }
    }

    /**
     * The store as the storedesk command finds it: a PostgreSQL server when STOREDESK_DB_URL (with _USER and
     * _PASSWORD) is in the environment, else the H2 file in the data directory.
     */
    static Store openStore(Path dataDirectory) {
        return Store.open(StoreLocation.of(dataDirectory.toString()).config(dataDirectory, System.getenv()));
    }

    static void importFile(Services services, ImportKindId kind, Path file) {
        services.imports().run(kind, file, new ImportOptions(ImportMode.ALL_OR_NOTHING, false, false, Map.of(),
                "killtest"), ImportProgress.NONE);
    }

    static long price(int iteration) {
        return 10L + iteration;
    }

    static int counted(int iteration) {
        return 1 + iteration % 7;
    }

    static Path catalog(Path directory, int iteration, int skus) throws IOException {
        List<String> lines = new ArrayList<>(List.of("SKU,Product code,Title,Category,Price,Cost,Weight (g),Tags"));
        for (int s = 0; s < skus; s++) {
            lines.add("KT-" + s + ",KP-" + s / 10 + ",测试商品 " + s / 10 + "," + CATEGORY + "," + price(iteration)
                    + ".00,5.00,500,");
        }
        return write(directory.resolve("catalog-" + iteration + ".csv"), lines);
    }

    static Path counts(Path directory, int iteration, int skus) throws IOException {
        List<String> lines = new ArrayList<>(List.of("Warehouse,SKU,Counted,Note"));
        for (int s = 0; s < skus; s++) {
            lines.add(WAREHOUSE + ",KT-" + s + "," + counted(iteration) + ",");
        }
        return write(directory.resolve("count-" + iteration + ".csv"), lines);
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
