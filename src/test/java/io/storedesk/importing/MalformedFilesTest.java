package io.storedesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Sku;
import io.storedesk.common.Messages;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.TestStores;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every malformed file in src/test/resources/import/bad ends with a clear message and an unchanged
 * store (or, for the awkward-but-valid ones, imports exactly what it says).
 */
class MalformedFilesTest {

    private static final Path BAD = Path.of("src/test/resources/import/bad");
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    private ImportResult run(Path file, ImportMode mode) {
        return services.imports().run(ImportKindId.CATALOG, file,
                new ImportOptions(mode, false, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(textBlock = """
            01-empty.csv,                  import.error.empty,             empty
            02-header-only.csv,            import.error.noRows,            no rows below it
            03-unknown-columns-only.csv,   import.error.missingColumn,     has no column for SKU
            07-quote-left-open.csv,        import.error.csvBroken,         never closed
            08-binary.csv,                 import.error.notSpreadsheet,    neither a CSV
            09-legacy.xls,                 import.error.legacyXls,         save it as .xlsx
            10-password-protected.xlsx,    import.error.passwordProtected, remove the password
            11-corrupt.xlsx,               import.error.corruptWorkbook,   damaged
            12-not-a-workbook.xlsx,        import.error.notWorkbook,       not an Excel workbook
            22-invalid-utf8-midway.csv,    import.error.encoding,          row 3
            25-repeated-header.csv,        import.error.repeatedHeader,    both called "Price"
            32-header-only.xlsx,           import.error.noRows,            no rows below it
            """)
    void wholeFileRefusals(String file, String key, String saying) {
        assertRefusedUnchanged(BAD.resolve(file), key, saying);
    }

    @ParameterizedTest(name = "{0}: row {1} column {2} refused")
    @CsvSource(textBlock = """
            13-wrong-types.csv,              2, Price,            import.reason.notNumber
            14-negative-values.csv,          2, Price,            import.reason.negative
            15-absurd-values.csv,            2, Price,            import.reason.tooLarge
            16-duplicate-keys.csv,           4, SKU,              import.reason.duplicateKey
            17-formulas.xlsx,                3, Price,            import.reason.formula
            23-too-long-text.csv,            2, Title,            import.reason.tooLong
            26-extra-cells.csv,              2, #4,               import.reason.extraCells
            30-control-characters.csv,       2, Title,            import.reason.invalidText
            33-price-with-decimal-comma.csv, 2, Price,            import.reason.notNumber
            """)
    void refusedRowsSayRowColumnAndReasonAndNothingIsWritten(String file, long row, String column, String reason) {
        ImportResult result = run(BAD.resolve(file), ImportMode.ALL_OR_NOTHING);

        RowProblem first = result.problems().get(0);
        assertThat(first.row()).isEqualTo(row);
        assertThat(first.column()).isEqualTo(column);
        assertThat(first.reason().key()).isEqualTo(reason);
        assertThat(ENGLISH.get(first.reason().key(), first.reason().arguments())).doesNotStartWith("!");
        assertThat(result.applied()).isFalse();
        assertThat(catalog.countSkus()).isZero();
    }

    @Test
    void wrongTypesAreReportedForEveryColumn() {
        ImportResult result = run(BAD.resolve("13-wrong-types.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(result.problems()).extracting(RowProblem::column).containsExactly("Price", "Cost", "Weight (g)",
                "Shelf life (days)", "Lifecycle stage", "Listed");
    }

    @Test
    void absurdValuesAreEachOutOfRange() {
        ImportResult result = run(BAD.resolve("15-absurd-values.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(result.problems()).extracting(p -> p.reason().key()).containsExactly("import.reason.tooLarge",
                "import.reason.outOfRange", "import.reason.outOfRange");
    }

    @ParameterizedTest(name = "{0} imports {1} rows")
    @CsvSource(textBlock = """
            04-bom-utf8.csv,             1
            05-gbk.csv,                  2
            06-mixed-line-endings.csv,   3
            18-emoji-fullwidth.csv,      2
            19-utf16.csv,                1
            20-semicolon.csv,            1
            21-tab-separated.csv,        2
            24-sql-metacharacters.csv,   2
            27-mangled-barcode.csv,      2
            28-unknown-category.csv,     1
            29-blank-lines.csv,          2
            31-thousands-separators.csv, 2
            """)
    void awkwardButValidFilesImport(String file, long accepted) {
        ImportResult result = run(BAD.resolve(file), ImportMode.VALID_ONLY);
        assertThat(result.accepted()).isEqualTo(accepted);
        assertThat(catalog.countSkus()).isEqualTo(accepted);
    }

    @Test
    void textKeepsEmojiAndFullWidthDigitsBecomeNumbers() {
        run(BAD.resolve("18-emoji-fullwidth.csv"), ImportMode.ALL_OR_NOTHING);
        Sku bottle = catalog.findSku("E-1").orElseThrow();
        assertThat(bottle.price()).isEqualTo(Money.of("129", "CNY"));
        assertThat(catalog.findProduct("E-1").orElseThrow().title()).isEqualTo("宝宝奶瓶🍼 ＰＰＳＵ");
        assertThat(catalog.findSku("E-2").orElseThrow().price()).isEqualTo(Money.of("49.90", "CNY"));
    }

    @Test
    void sqlMetacharactersAreStoredAsPlainText() {
        run(BAD.resolve("24-sql-metacharacters.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(catalog.findProduct("Q'1").orElseThrow().title()).isEqualTo("'; DROP TABLE sku; --");
        assertThat(catalog.findProduct("Q-2").orElseThrow().title()).isEqualTo("Robert\"); DELETE FROM product;--");
        assertThat(catalog.countSkus()).isEqualTo(2);
    }

    @Test
    void aBarcodeExcelMangledIsLeftOutWithAWarning() {
        ImportResult result = run(BAD.resolve("27-mangled-barcode.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(2);
            assertThat(w.column()).isEqualTo("Barcode");
            assertThat(w.value()).isEqualTo("6.9318E+12");
        });
        assertThat(catalog.findSku("B-1").orElseThrow().barcode()).isNull();
        assertThat(catalog.findSku("B-2").orElseThrow().barcode()).isEqualTo("6931800000027");
    }

    @Test
    void aSheetLongerThanExcelAllowsIsRefused() throws IOException {
        Path file = TestStores.newDirectory().resolve("too-many-rows.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("SKU,Title,Price\n");
            for (int i = 0; i < 1_048_577; i++) {
                out.write("S" + i + ",t,1\n");
            }
        }
        assertRefusedUnchanged(file, "import.error.tooManyRows", "1,048,576 rows");
    }

    @Test
    void aZipBombIsNotOpened() throws IOException {
        Path file = TestStores.newDirectory().resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1_000_000);
        assertRefusedUnchanged(file, "import.error.zipBomb", "far more data");
    }

    @Test
    void aFileThatIsNotThereIsRefused() {
        assertRefusedUnchanged(BAD.resolve("no-such-file.csv"), "import.error.notFound", "There is no file");
    }

    private void assertRefusedUnchanged(Path file, String key, String saying) {
        long skus = catalog.countSkus();
        assertThatThrownBy(() -> run(file, ImportMode.ALL_OR_NOTHING))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(ENGLISH.describe(e)).contains(saying);
                    assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(e)).doesNotStartWith("!");
                });
        assertThat(catalog.countSkus()).isEqualTo(skus);
        assertThat(services.imports().recentJobs(10)).isEmpty();
    }
}
