package io.storedesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import io.storedesk.Services;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowStatus;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.StoreStats;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.testing.Shared;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real-world case: a UK retailer's 541,909 order lines (../shared/datasets/online-retail) imported as
 * orders, every line accounted for. The expected figures are worked out here straight from the file with
 * the rules the dataset's README states, not with the importer's code. Skips without ../shared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailImportTest {

    private static final Pattern NON_GOODS = Pattern.compile(
            "POST|DOT|M|m|D|S|B|C2|CRUK|PADS|AMAZONFEE|BANK CHARGES|DCGS.*|gift_0001_.*");

    private Services services;
    private ImportResult result;
    private Expected expected;

    @BeforeAll
    void importTheFile() throws IOException {
        Optional<Path> file = Shared.file("datasets/online-retail/online_retail.csv");
        assumeTrue(file.isPresent(), "../shared/datasets/online-retail is not here");
        expected = Expected.from(file.get());
        services = TestStores.emptyEmbedded();
        SettingsRepository settings = new SettingsRepository(services.store().dsl());
        settings.put(ShopSettings.CURRENCY, "GBP", "check");
        settings.put(ShopSettings.TIME_ZONE, "Europe/London", "check");
        result = services.imports().run(ImportKindId.ORDERS, file.get(),
                new ImportOptions(ImportMode.VALID_ONLY, false, true, Map.of(), "check"), ImportProgress.NONE);
    }

    @AfterAll
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void everyLineIsImportedOrRefusedWithARowColumnAndReason() {
        assertThat(result.applied()).isTrue();
        assertThat(result.rows()).isEqualTo(expected.lines);
        assertThat(result.refused()).isEqualTo(expected.refusedCancellations);
        assertThat(result.accepted() + result.refused()).isEqualTo(expected.lines);
        for (RowOutcome outcome : result.outcomes()) {
            if (outcome.status() == RowStatus.REFUSED) {
                assertThat(outcome.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.row()).isEqualTo(outcome.row());
                    assertThat(p.column()).isNotBlank();
                    assertThat(p.reason().key()).startsWith("import.reason.");
                });
            }
        }
    }

    @Test
    void ordersCustomersSkusAndRefundsMatchTheFile() {
        StoreStats stats = services.stats();
        assertThat(stats.count("orders")).isEqualTo(expected.orders.size());
        assertThat(stats.count("customer")).isEqualTo(expected.customers.size());
        assertThat(stats.count("sku")).isEqualTo(expected.skus.size());
        assertThat(stats.count("order_line")).isEqualTo(expected.orderLines);
        assertThat(stats.count("refund")).isEqualTo(expected.acceptedCancellations);
    }

    @Test
    void theSignedTotalMatchesTheFile() {
        long channel = new ChannelRepository(services.store().dsl()).findByCode(OrderImport.DEFAULT_CHANNEL)
                .orElseThrow().id();
        assertThat(new OrderRepository(services.store().dsl()).netAmount(channel))
                .isEqualByComparingTo(expected.signedTotal);
    }

    /** The figures the file itself gives, by the README's rules. */
    private static final class Expected {
        long lines;
        long orderLines;
        long acceptedCancellations;
        long refusedCancellations;
        final Set<String> orders = new HashSet<>();
        final Set<String> customers = new HashSet<>();
        final Set<String> skus = new HashSet<>();
        BigDecimal signedTotal = BigDecimal.ZERO;

        static Expected from(Path file) throws IOException {
            List<String[]> rows = new ArrayList<>();
            try (CsvReader<de.siegmar.fastcsv.reader.NamedCsvRecord> csv = CsvReader.builder()
                    .ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
                csv.forEach(r -> rows.add(new String[] {r.getField("InvoiceNo"), r.getField("StockCode"),
                        r.getField("Quantity"), r.getField("InvoiceDate"), r.getField("UnitPrice"),
                        r.getField("CustomerID").replace(".0", "")}));
            }
            // An invoice's time is its earliest line's (a few invoices span two minutes).
            Map<String, String> invoiceTime = new HashMap<>();
            for (String[] r : rows) {
                invoiceTime.merge(r[0], r[3], (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            Map<String, List<String>> boughtAt = new HashMap<>();
            Map<String, List<String>> orderedAt = new HashMap<>();
            Expected e = new Expected();
            for (String[] r : rows) {
                e.lines++;
                if (r[0].startsWith("C")) {
                    continue;
                }
                e.orderLines++;
                e.orders.add(r[0]);
                e.skus.add(r[1]);
                e.signedTotal = e.signedTotal.add(amount(r));
                if (!r[5].isEmpty()) {
                    e.customers.add(r[5]);
                    if (Long.parseLong(r[2]) > 0) {
                        boughtAt.computeIfAbsent(r[5] + "|" + r[1], k -> new ArrayList<>()).add(invoiceTime.get(r[0]));
                        orderedAt.computeIfAbsent(r[5], k -> new ArrayList<>()).add(invoiceTime.get(r[0]));
                    }
                }
            }
            for (String[] r : rows) {
                if (!r[0].startsWith("C")) {
                    continue;
                }
                String at = invoiceTime.get(r[0]);
                boolean refundable = !r[5].isEmpty() && (earlier(boughtAt.get(r[5] + "|" + r[1]), at)
                        || NON_GOODS.matcher(r[1]).matches() && earlier(orderedAt.get(r[5]), at));
                if (refundable) {
                    e.acceptedCancellations++;
                    e.signedTotal = e.signedTotal.add(amount(r));
                } else {
                    e.refusedCancellations++;
                }
            }
            return e;
        }

        private static boolean earlier(List<String> times, String at) {
            return times != null && times.stream().anyMatch(t -> t.compareTo(at) <= 0);
        }

        private static BigDecimal amount(String[] r) {
            return new BigDecimal(r[4]).multiply(new BigDecimal(r[2]));
        }
    }
}
