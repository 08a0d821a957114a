package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogImportTest {

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());

    @BeforeEach
    void categories() {
        long top = catalog.insertCategories(List.of(new Category(0, null, "ZNK", "纸尿裤湿巾", 1))).get("ZNK");
        catalog.insertCategories(List.of(new Category(0, top, "ZNK01", "纸尿裤", 2)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportResult run(Path file, ImportMode mode, boolean dryRun) {
        return services.imports().run(ImportKindId.CATALOG, file,
                new ImportOptions(mode, dryRun, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    private ImportResult apply(Path file) {
        return run(file, ImportMode.ALL_OR_NOTHING, false);
    }

    private static final String[] NEW_ITEMS = {
        "SKU,Product code,Title,Category,Price,Cost,Weight (g),Tags",
        "D-M,D1,云柔纸尿裤,纸尿裤,119.00,61.88,1500,\"纸尿裤, 爆款\"",
        "D-L,D1,,,119,62,1600,",
        "W-80,W1,婴儿湿巾,ZNK,12.90,,450,湿巾"};

    @Test
    void aDryRunDecidesEveryRowAndWritesNothing() {
        ImportResult result = run(Sheets.csv("new.csv", NEW_ITEMS), ImportMode.ALL_OR_NOTHING, true);

        assertThat(result.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.NEW);
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.applied()).isFalse();
        assertThat(result.jobId()).isNull();
        assertThat(catalog.countSkus()).isZero();
    }

    @Test
    void newSkusAndProductsAreCreatedAndTheSameFileAgainChangesNothing() {
        ImportResult first = apply(Sheets.csv("new.csv", NEW_ITEMS));
        assertThat(first.applied()).isTrue();
        assertThat(first.accepted()).isEqualTo(3);

        Sku large = catalog.findSku("D-L").orElseThrow();
        assertThat(large.price()).isEqualTo(Money.of("119", "CNY"));
        assertThat(large.weightGrams()).isEqualTo(1600);
        Product diaper = catalog.findProduct("D1").orElseThrow();
        assertThat(diaper.title()).isEqualTo("云柔纸尿裤");
        assertThat(diaper.tags()).containsExactly("纸尿裤", "爆款");
        assertThat(catalog.findProduct("W1").orElseThrow().categoryId()).isNotNull();
        assertThat(services.catalog().search("云柔", 10).total()).isEqualTo(2);

        ImportResult again = apply(Sheets.csv("new.csv", NEW_ITEMS));
        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.applied()).isFalse();
    }

    @Test
    void blankCellsKeepValuesAndTheClearTokenEmptiesThem() {
        apply(Sheets.csv("new.csv", NEW_ITEMS));
        ImportResult update = apply(Sheets.csv("update.csv",
                "SKU,Price,Cost,Listed,Tags",
                "D-M,109.00,,false,",
                "D-L,,#CLEAR,,",
                "W-80,,,,"));

        assertThat(update.outcomes()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.CHANGED, RowStatus.CHANGED, RowStatus.UNCHANGED);
        Sku medium = catalog.findSku("D-M").orElseThrow();
        assertThat(medium.price()).isEqualTo(Money.of("109", "CNY"));
        assertThat(medium.cost()).isEqualTo(Money.of("61.88", "CNY"));
        assertThat(medium.listed()).isFalse();
        assertThat(catalog.findSku("D-L").orElseThrow().cost()).isNull();
        assertThat(update.outcomes().get(0).changes()).extracting(c -> c.field()).containsExactly("price", "listed");
    }

    @Test
    void searchFindsWhatAnUpdateChangedAndWhatItLeftAlone() {
        apply(Sheets.csv("new.csv", NEW_ITEMS));
        apply(Sheets.csv("update.csv",
                "SKU,Title,Barcode,Price",
                "D-M,夜用纸尿裤,6931800000010,99",
                "W-80,,6931800000027,",
                "D-L,,,109"));

        assertThat(search("夜用").rows()).extracting(SkuRow::code)
                .containsExactlyInAnyOrder("D-M", "D-L");
        assertThat(search("云柔").total()).isZero();
        assertThat(search("6931800000027").rows()).extracting(SkuRow::code)
                .containsExactly("W-80");
        assertThat(search("湿巾").rows()).extracting(SkuRow::code).containsExactly("W-80");
    }

    private Page<SkuRow> search(String text) {
        return services.catalog().search(CatalogQuery.all(10).withText(text));
    }

    @Test
    void refusedRowsSayRowColumnAndReasonAndAllOrNothingWritesNone() {
        Path file = Sheets.csv("bad.csv",
                "SKU,Title,Price,Weight (g)",
                "A-1,甲,12.5,100",
                "A-2,乙,-3,100",
                "A-3,丙,abc,100",
                "A-1,甲,12.5,100",
                "A-4,,9.9,100",
                "A-5,戊,,100",
                "A-6,己,5,2.5");
        ImportResult result = apply(file);

        assertThat(result.applied()).isFalse();
        assertThat(catalog.countSkus()).isZero();
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(6);
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, p -> english.get(
                p.reason().key(), p.reason().arguments())).containsExactly(
                        tuple(3L, "Price", "a negative value is not allowed here"),
                        tuple(4L, "Price", "write a number such as 12.50"),
                        tuple(5L, "SKU", "the same key already appears on row 2"),
                        tuple(6L, "Title", "product A-4 is new and needs a title"),
                        tuple(7L, "Price", "a new SKU needs a price"),
                        tuple(8L, "Weight (g)", "write a whole number such as 12"));
    }

    @Test
    void validOnlyWritesTheGoodRowsAndReportsTheRest() {
        ImportResult result = run(Sheets.csv("mixed.csv", "SKU,Title,Price", "A-1,甲,12.5", "A-2,乙,-3"),
                ImportMode.VALID_ONLY, false);
        assertThat(result.applied()).isTrue();
        assertThat(catalog.findSku("A-1")).isPresent();
        assertThat(catalog.findSku("A-2")).isEmpty();
    }

    @Test
    void undoPutsBackPricesAndRemovesCreatedSkus() {
        apply(Sheets.csv("new.csv", NEW_ITEMS));
        ImportResult change = apply(Sheets.csv("change.csv", "SKU,Price,Title", "D-M,99.00,新云柔纸尿裤",
                "N-1,5.00,新品"));

        services.imports().undo(change.jobId(), "tester");

        assertThat(catalog.findSku("D-M").orElseThrow().price()).isEqualTo(Money.of("119", "CNY"));
        assertThat(catalog.findProduct("D1").orElseThrow().title()).isEqualTo("云柔纸尿裤");
        assertThat(catalog.findSku("N-1")).isEmpty();
        assertThat(catalog.findProduct("N-1")).isEmpty();
        assertThatThrownBy(() -> services.imports().undo(change.jobId(), "tester"))
                .isInstanceOf(RefusedInputException.class);
    }

    @Test
    void undoIsRefusedWhenALaterChangeTouchedTheSameRows() {
        ImportResult first = apply(Sheets.csv("new.csv", NEW_ITEMS));
        apply(Sheets.csv("later.csv", "SKU,Price", "D-M,89.00"));

        assertThatThrownBy(() -> services.imports().undo(first.jobId(), "tester"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Locale.ENGLISH).describe(e)).contains("D-M").contains("changed after the import"));
        assertThat(catalog.findSku("D-M").orElseThrow().price()).isEqualTo(Money.of("89", "CNY"));
        assertThat(catalog.findSku("W-80")).isPresent();
    }

    private static final String EVERY_FIELD_HEADER = "SKU,Product code,Title,Category,Brand,Tags,Barcode,Attributes,"
            + "Price,Cost,Weight (g),Shelf life (days),Stage,Listed";

    @Test
    void undoOfAnUpdateOfSomeFieldsPutsEveryFieldAndTheSearchTextBack() {
        apply(Sheets.csv("new.csv", EVERY_FIELD_HEADER,
                "S-1,P1,保温杯,纸尿裤,Acme,\"杯, 热卖\",6901234567890,红色/500ml,59.00,20.50,350,720,growth,yes",
                "S-2,P1,,,,,6901234567891,蓝色,49,,300,,mature,yes"));
        Map<String, Sku> skusBefore = catalog.skusByCode(List.of("S-1", "S-2"));
        Product productBefore = catalog.findProduct("P1").orElseThrow();
        List<SkuIndexRow> searchBefore = new CatalogSearchRepository(services.store().dsl()).indexRows();

        // Some fields set, some cleared, some left blank (kept); the job records only those that changed.
        ImportResult change = apply(Sheets.csv("change.csv", EVERY_FIELD_HEADER,
                "S-1,,保温杯 新款,ZNK,#CLEAR,新品,6901234567899,#CLEAR,65.00,#CLEAR,,365,decline,no",
                "S-2,,,,,,,,49.00,12,,,,"));
        assertThat(change.count(RowStatus.CHANGED)).isEqualTo(2);
        Sku changed = catalog.findSku("S-1").orElseThrow();
        assertThat(changed.cost()).isNull();
        assertThat(changed.attributes()).isEmpty();
        assertThat(changed.listed()).isFalse();

        services.imports().undo(change.jobId(), "tester");

        Map<String, Sku> skusAfter = catalog.skusByCode(List.of("S-1", "S-2"));
        for (String code : List.of("S-1", "S-2")) {
            Sku before = skusBefore.get(code);
            Sku after = skusAfter.get(code);
            // Every field as before; only the version moved on (the import and its undo each raised it).
            assertThat(after).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
            assertThat(after.version()).isEqualTo(before.version() + 2);
        }
        assertThat(catalog.findProduct("P1").orElseThrow()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(productBefore);
        assertThat(new CatalogSearchRepository(services.store().dsl()).indexRows()).isEqualTo(searchBefore);
    }

    @Test
    void undoOfAnUpdateIsRefusedWhenALaterChangeTouchedAnUpdatedRow() {
        apply(Sheets.csv("new.csv", NEW_ITEMS));
        ImportResult prices = apply(Sheets.csv("prices.csv", "SKU,Price", "D-M,99.00", "W-80,10.00"));
        apply(Sheets.csv("weights.csv", "SKU,Weight (g)", "W-80,460"));

        assertThatThrownBy(() -> services.imports().undo(prices.jobId(), "tester"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Locale.ENGLISH).describe(e)).contains("W-80").contains("changed after the import"));
        // Nothing was put back, not even the row nobody touched since.
        assertThat(catalog.findSku("D-M").orElseThrow().price()).isEqualTo(Money.of("99", "CNY"));
        assertThat(catalog.findSku("W-80").orElseThrow().price()).isEqualTo(Money.of("10", "CNY"));
        assertThat(catalog.findSku("W-80").orElseThrow().weightGrams()).isEqualTo(460);
    }

    @Test
    void chineseHeadersInGbkWithSemicolonsAreUnderstood() {
        Path file = Sheets.csv("gbk.csv", Charset.forName("GBK"),
                "商品编码;商品名称;售价;上下架;生命周期",
                "G-1;婴儿米粉;￥６９．９０;上架;成熟期",
                "G-2;婴儿米粉;1,069.00;下架;衰退期");
        ImportResult result = apply(file);

        assertThat(result.description()).contains("GB18030").contains("semicolon");
        Sku first = catalog.findSku("G-1").orElseThrow();
        assertThat(first.price()).isEqualTo(Money.of("69.90", "CNY"));
        assertThat(first.listed()).isTrue();
        Sku second = catalog.findSku("G-2").orElseThrow();
        assertThat(second.price()).isEqualTo(Money.of("1069", "CNY"));
        assertThat(second.stage()).isEqualTo(LifecycleStage.DECLINE);
        assertThat(catalog.findProduct("G-1").orElseThrow().title()).isEqualTo("婴儿米粉");
    }

    @Test
    void shopifysProductTemplateImportsAsCatalog() {
        Path template = Path.of("src/test/resources/import/shopify/product_template.csv");
        ImportResult result = apply(template);

        assertThat(result.description()).contains("Shopify");
        assertThat(result.refused()).isZero();
        assertThat(result.accepted()).isEqualTo(16);
        assertThat(result.warnings()).extracting(RowProblem::column).contains("barcode", "category");
        Sku shirt = catalog.findSku("SRT_COT_111").orElseThrow();
        assertThat(shirt.attributes()).isEqualTo("Color=Green;Size=S");
        assertThat(shirt.barcode()).isNull();
        assertThat(shirt.weightGrams()).isEqualTo(145);
        assertThat(catalog.findProduct("example-shirt").orElseThrow().title()).isEqualTo("Example T-Shirt");
        Sku jeans = catalog.findSku("PNT_DEN_285").orElseThrow();
        assertThat(jeans.weightGrams()).isEqualTo(227);
        assertThat(jeans.listed()).isFalse();
        assertThat(jeans.cost()).isEqualTo(Money.of("50", "CNY"));
        assertThat(catalog.findSku("HAT_GRY_275").orElseThrow().attributes()).isEmpty();
    }

    @Test
    void workbooksAreReadWithTheirNumbersAndFormulasAreRefused() {
        Path file = Sheets.xlsx("items.xlsx", List.of(
                List.of("SKU", "Title", "Price", "Barcode"),
                List.of("X-1", "奶瓶", 89.9, 6931800000010L),
                List.of("X-2", "奶嘴", "=A1*2", "6931800000027")));
        ImportResult result = run(file, ImportMode.VALID_ONLY, false);

        assertThat(result.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.NEW, RowStatus.REFUSED);
        assertThat(result.problems().get(0).column()).isEqualTo("Price");
        assertThat(result.problems().get(0).reason().key()).isEqualTo("import.reason.formula");
        assertThat(catalog.findSku("X-1").orElseThrow().barcode()).isEqualTo("6931800000010");
    }

    @Test
    void anAppliedImportAndItsUndoEachLeaveOneAuditEntryForTheJob() {
        ImportResult dry = run(Sheets.csv("new.csv", NEW_ITEMS), ImportMode.ALL_OR_NOTHING, true);
        ImportResult job = apply(Sheets.csv("new.csv", NEW_ITEMS));
        services.imports().undo(job.jobId(), "lead");

        assertThat(dry.jobId()).isNull();
        assertThat(services.audit().history("import", String.valueOf(job.jobId()), 10))
                .extracting(e -> e.action(), e -> e.user(), e -> e.after().get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.undo", "lead", "UNDONE"),
                        org.assertj.core.groups.Tuple.tuple("import.apply", "tester", null));
        assertThat(services.audit().history("import", String.valueOf(job.jobId()), 10).get(1).after())
                .containsEntry("kind", "CATALOG").containsEntry("file", "new.csv").containsEntry("accepted", "3");
    }
}
