package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.TextInput;
import io.storedesk.common.UserFacingException;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportLimits;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RefusedRowsReport;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imported cells with SQL metacharacters are stored as written; over-long and broken cells are refused row by
 * row; and every sheet StoreDesk writes back out (catalog export, refused rows) keeps formula-looking cells
 * from running as formulas.
 */
class CatalogImportAbuseTest {

    private static final List<String> ODD = List.of("'", "\"", ";", "--", "%", "_", "\\", "' OR '1'='1",
            "x'); DROP TABLE sku; --");

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());

    @BeforeEach
    void categories() {
        catalog.insertCategories(List.of(new Category(0, null, "ZNK", "纸尿裤湿巾", 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportResult run(Path file, ImportMode mode) {
        return services.imports().run(ImportKindId.CATALOG, file,
                new ImportOptions(mode, false, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    @Test
    void cellsWithMetacharactersAreStoredExactlyAsWritten() {
        List<String> lines = new ArrayList<>(List.of("SKU,Product code,Title,Category,Price,Tags"));
        for (int i = 0; i < ODD.size(); i++) {
            String quoted = "\"" + ("T " + ODD.get(i)).replace("\"", "\"\"") + "\"";
            lines.add("S-" + i + ",P" + i + "," + quoted + ",ZNK,10," + quoted);
        }

        ImportResult result = run(Sheets.csv("odd.csv", lines.toArray(String[]::new)), ImportMode.ALL_OR_NOTHING);

        assertThat(result.applied()).isTrue();
        for (int i = 0; i < ODD.size(); i++) {
            assertThat(catalog.findProduct("P" + i).orElseThrow().title()).isEqualTo("T " + ODD.get(i));
        }
        assertThat(catalog.countSkus()).isEqualTo(ODD.size());
    }

    @Test
    void anOverLongTitleCellRefusesItsRowWithTheLimitAndNothingOfItIsSaved() {
        ImportResult result = run(Sheets.csv("long.csv", "SKU,Product code,Title,Category,Price",
                "S-1,P1,Fine,ZNK,10", "S-2,P2," + "t".repeat(201) + ",ZNK,10"), ImportMode.VALID_ONLY);

        assertThat(result.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.NEW, RowStatus.REFUSED);
        RowProblem problem = result.problems().get(0);
        assertThat(problem.column()).isEqualTo("Title");
        assertThat(new Messages(Locale.ENGLISH).get(problem.reason().key(), problem.reason().arguments()))
                .isEqualTo("the text is longer than 200 characters");
        assertThat(catalog.findSku("S-2")).isEmpty();
        assertThat(catalog.findProduct("P2")).isEmpty();
    }

    /** The workbook writer cannot even put half a surrogate pair into a file; whatever arrives is whole text. */
    @Test
    void aLoneSurrogateInAWorkbookCellNeverReachesTheStore() {
        ImportResult result = run(Sheets.xlsx("broken.xlsx", List.of(
                List.of("SKU", "Product code", "Title", "Category", "Price"),
                List.of("S-1", "P1", "Fine", "ZNK", 10),
                List.of("S-2", "P2", "Half \uD83D emoji", "ZNK", 10))), ImportMode.VALID_ONLY);

        assertThat(catalog.findSku("S-1")).isPresent();
        assertThat(result.outcomes()).hasSize(2);
        catalog.findProduct("P2").ifPresent(p -> assertThat(TextInput.hasLoneSurrogate(p.title())).isFalse());
    }

    @Test
    void aCsvWithAnEncodedLoneSurrogateIsRefusedNotStored() throws Exception {
        Path file = TestStores.newDirectory().resolve("cesu.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("SKU,Product code,Title,Category,Price\nS-1,P1,Half ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0xBD}); // U+D83D written as if it were a character
        bytes.writeBytes(",ZNK,10\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        assertThatThrownBy(() -> run(file, ImportMode.VALID_ONLY)).isInstanceOf(UserFacingException.class);
        assertThat(catalog.countSkus()).isZero();
    }

    @Test
    void theCatalogExportDefusesFormulaCellsInCsvAndXlsx() throws Exception {
        run(Sheets.csv("formulas.csv", "SKU,Product code,Title,Category,Price,Tags",
                "S-1,P1,=HYPERLINK(\"http://evil\"),ZNK,10,@SUM(A1)",
                "S-2,P2,+cmd|' /C calc'!A0,ZNK,10,-2+3"), ImportMode.ALL_OR_NOTHING);
        List<Long> ids = List.of(catalog.findSku("S-1").orElseThrow().id(), catalog.findSku("S-2").orElseThrow().id());
        Path csv = TestStores.newDirectory().resolve("catalog.csv");

        services.catalogExport().export(csv, ids, Locale.ENGLISH, n -> { });

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK(\"\"http://evil\"\")", "'@SUM(A1)", "'+cmd|' /C calc'!A0", "'-2+3")
                .doesNotContain(",=HYPERLINK", ",@SUM", ",+cmd", ",-2+3");
        Path xlsx = TestStores.newDirectory().resolve("catalog.xlsx");
        services.catalogExport().export(xlsx, ids, Locale.ENGLISH, n -> { });
        assertThat(cells(xlsx)).contains("'=HYPERLINK(\"http://evil\")", "'@SUM(A1)")
                .doesNotContain("=HYPERLINK(\"http://evil\")");
    }

    @Test
    void theRefusedRowsReportDefusesFormulaCells() throws Exception {
        Path source = Sheets.csv("refused.csv", "SKU,Product code,Title,Category,Price",
                "S-1,P1,=1+1,ZNK,not-a-price", "S-2,P2,@SUM(A1),ZNK,-5");
        ImportResult result = run(source, ImportMode.VALID_ONLY);
        Path report = TestStores.newDirectory().resolve("refused.csv");

        int written = RefusedRowsReport.write(source, result, report, new Messages(Locale.ENGLISH), ImportLimits.DEFAULT);

        assertThat(written).isEqualTo(2);
        List<String> lines = Files.readString(report, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(1)).startsWith("S-1,P1,'=1+1,ZNK,not-a-price,");
        assertThat(lines.get(2)).startsWith("S-2,P2,'@SUM(A1),ZNK,-5,");
    }

    private static List<String> cells(Path xlsx) throws Exception {
        List<String> texts = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> row.forEach(cell -> {
                if (cell != null) {
                    texts.add(cell.getText());
                }
            }));
        }
        return texts;
    }
}
