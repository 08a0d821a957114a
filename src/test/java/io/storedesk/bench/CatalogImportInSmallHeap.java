package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The catalog import's dry run + apply in a JVM of its own, started by the benchmark with a small -Xmx:
 * finishing at all proves the heap limit; it prints its time, the largest heap in use after a collection
 * and its collections, for the benchmark to report.
 * Arguments: the store's data directory, the workbook, the number of rows every step must accept.
 */
public final class CatalogImportInSmallHeap {

    private CatalogImportInSmallHeap() {
    }

    public static void main(String[] args) {
        Path store = Path.of(args[0]);
        Path file = Path.of(args[1]);
        long expected = Long.parseLong(args[2]);
        AtomicLong peakAfterCollection = new AtomicLong();
        watchCollections(peakAfterCollection);
        long start = System.nanoTime();
        try (Services services = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            dryRunAndApply(services, file, expected);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long collections = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        long collectionMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        System.out.println("millis " + millis);
        System.out.println("peakAfterCollectionBytes " + peakAfterCollection.get());
        System.out.println("collections " + collections);
        System.out.println("collectionMillis " + collectionMillis);
    }

    /**
     * Keeps the largest heap in use right after a collection. Between collections the heap is mostly
     * garbage; right after a young collection it still holds the old generation's garbage, so this is an
     * upper bound of what the import holds.
     */
    private static void watchCollections(AtomicLong peak) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo();
                    long used = info.getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    /** The preview a person looks at, then the import of the same file; both must accept every row. */
    static void dryRunAndApply(Services services, Path file, long expected) {
        ImportOptions dryRun = new ImportOptions(ImportMode.ALL_OR_NOTHING, true, false, Map.of(), "bench");
        ImportResult preview = services.imports().run(ImportKindId.CATALOG, file, dryRun, ImportProgress.NONE);
        ImportResult applied = services.imports().run(ImportKindId.CATALOG, file,
                dryRun.applying(ImportMode.ALL_OR_NOTHING), ImportProgress.NONE);
        if (preview.accepted() != expected || applied.accepted() != expected || !applied.applied()) {
            throw new IllegalStateException("expected " + expected + " changed rows, the preview had "
                    + preview.accepted() + ", the import " + applied.accepted() + " (" + applied.refused()
                    + " refused, first problems " + applied.problems().stream().limit(3).toList() + ")");
        }
    }
}
