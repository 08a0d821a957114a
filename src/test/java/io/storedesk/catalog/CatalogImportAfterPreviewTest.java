package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.ImportJobRepository;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowStatus;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The apply that follows a preview of the same file writes what the preview decided, unless the file or the
 * catalog changed in between: then it decides again (decision 0012). Jobs record the fields an update changed.
 */
class CatalogImportAfterPreviewTest {

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());
    private long top;

    @BeforeEach
    void catalogWithTwoSkus() {
        top = catalog.insertCategories(List.of(new Category(0, null, "ZNK", "纸尿裤湿巾", 1))).get("ZNK");
        catalog.insertCategories(List.of(new Category(0, top, "ZNK01", "纸尿裤", 2)));
        ImportResult loaded = apply(Sheets.csv("new.csv",
                "SKU,Product code,Title,Category,Price,Cost,Weight (g)",
                "D-M,D1,云柔纸尿裤,纸尿裤,119.00,61.88,1500",
                "D-L,D1,,,119,62,1600"));
        assertThat(loaded.accepted()).isEqualTo(2);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportResult run(Path file, boolean dryRun) {
        return run(file, dryRun, ImportMode.ALL_OR_NOTHING);
    }

    private ImportResult run(Path file, boolean dryRun, ImportMode mode) {
        return services.imports().run(ImportKindId.CATALOG, file,
                new ImportOptions(mode, dryRun, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    private ImportResult preview(Path file) {
        return run(file, true);
    }

    private ImportResult apply(Path file) {
        return run(file, false);
    }

    @Test
    void theApplyAfterAPreviewWritesWhatThePreviewShowed() {
        Path file = Sheets.csv("prices.csv", "SKU,Price,Listed", "D-M,99.00,", "D-L,,no", "D-X,5,");
        ImportResult preview = preview(file);
        ImportResult applied = run(file, false, ImportMode.VALID_ONLY);

        assertThat(applied.applied()).isTrue();
        assertThat(applied.outcomes()).isEqualTo(preview.outcomes());
        assertThat(applied.outcomes()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.CHANGED, RowStatus.CHANGED, RowStatus.REFUSED);
        assertThat(catalog.findSku("D-M").orElseThrow().price()).isEqualTo(Money.of("99", "CNY"));
        assertThat(catalog.findSku("D-L").orElseThrow().listed()).isFalse();
    }

    @Test
    void aSkuChangedAfterThePreviewIsDecidedAgainNotRefusedAsStale() {
        Path file = Sheets.csv("prices.csv", "SKU,Price", "D-M,99.00");
        preview(file);
        Sku medium = catalog.findSku("D-M").orElseThrow();
        assertThat(catalog.updateSkus(List.of(medium.withCost(new BigDecimal("55.00"))), "someone else",
                Instant.now())).isEmpty();

        ImportResult applied = apply(file);

        assertThat(applied.applied()).isTrue();
        Sku now = catalog.findSku("D-M").orElseThrow();
        assertThat(now.price()).isEqualTo(Money.of("99", "CNY"));
        assertThat(now.cost()).isEqualTo(Money.of("55", "CNY"));
    }

    @Test
    void aFileSavedAgainAfterItsPreviewIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        Path file = Sheets.csv("prices.csv", "SKU,Price", "D-M,99.00");
        preview(file);
        FileTime saved = Files.getLastModifiedTime(file);
        Files.writeString(file, "SKU,Price\nD-M,89.00\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, saved);

        ImportResult applied = apply(file);

        assertThat(applied.outcomes().get(0).changes()).extracting(c -> c.after()).containsExactly("89.00");
        assertThat(catalog.findSku("D-M").orElseThrow().price()).isEqualTo(Money.of("89", "CNY"));
    }

    @Test
    void aCategoryAddedAfterThePreviewIsFoundByTheApply() {
        Path file = Sheets.csv("moved.csv", "SKU,Category", "D-M,湿巾");
        assertThat(preview(file).warnings()).extracting(w -> w.reason().key())
                .containsExactly("import.reason.unknownCategory");
        long wipes = catalog.insertCategories(List.of(new Category(0, top, "ZNK02", "湿巾", 3))).get("ZNK02");

        ImportResult applied = apply(file);

        assertThat(applied.warnings()).isEmpty();
        assertThat(catalog.findProduct("D1").orElseThrow().categoryId()).isEqualTo(wipes);
    }

    @Test
    void aFileRemovedAfterItsPreviewIsNotApplied() throws IOException {
        Path file = Sheets.csv("prices.csv", "SKU,Price", "D-M,99.00");
        preview(file);
        Files.delete(file);

        assertThatThrownBy(() -> apply(file))
                .isInstanceOf(RefusedInputException.class);
        assertThat(catalog.findSku("D-M").orElseThrow().price()).isEqualTo(Money.of("119", "CNY"));
    }

    @Test
    void aJobRecordsTheFieldsAnUpdateChangedAndItsUndoPutsTheWholeRowBack() {
        Path file = Sheets.csv("prices.csv", "SKU,Price,Weight (g),Title", "D-M,99.00,1500,新云柔纸尿裤");
        preview(file);
        ImportResult applied = apply(file);

        List<ChangeRecord> records = new ImportJobRepository(services.store().dsl()).changes(applied.jobId());
        assertThat(records).extracting(ChangeRecord::entity, r -> r.before().keySet(), r -> r.after().keySet())
                .containsExactlyInAnyOrder(
                        tuple("sku", Set.of("price"), Set.of("price")),
                        tuple("product", Set.of("title"),
                                Set.of("title")));

        services.imports().undo(applied.jobId(), "tester");

        Sku medium = catalog.findSku("D-M").orElseThrow();
        assertThat(medium.price()).isEqualTo(Money.of("119", "CNY"));
        assertThat(medium.cost()).isEqualTo(Money.of("61.88", "CNY"));
        assertThat(medium.weightGrams()).isEqualTo(1500);
        assertThat(catalog.findProduct("D1").orElseThrow().title()).isEqualTo("云柔纸尿裤");
        assertThat(catalog.findProduct("D1").orElseThrow().categoryId()).isNotNull();
    }
}
