package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.FieldChange;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning settings per SKU and warehouse from a spreadsheet: create, change, keep, clear, refuse, undo. */
class StockSettingsImportTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    private final Services services = TestStores.emptyInMemory();
    private final StockRepository stock = new StockRepository(services.store().dsl());
    private final StockSettingRepository settings = new StockSettingRepository(services.store().dsl());
    private long shanghai;
    private Map<String, Long> skus;
    private Map<String, Long> suppliers;

    /** D-M has settings in Shanghai (supplied by SUP-A); D-L and D-XL have none. */
    @BeforeEach
    void aWarehouseSuppliersAndOneSetting() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        shanghai = fixtures.warehouse("WH-SH", "上海市");
        skus = new HashMap<>(fixtures.skus("D1", "云柔纸尿裤", "纸尿裤", "D-M", "D-L", "D-XL"));
        skus.putAll(fixtures.skus("W1", "婴儿湿巾", "湿巾", "W-1", "W-2", "W-3", "W-4", "W-5", "W-6"));
        suppliers = stock.insertSuppliers(List.of(
                new Supplier(0, "SUP-A", "泉州舒宝", null, null, null, null, 7, "CNY"),
                new Supplier(0, "SUP-B", "宁波优贝", null, null, null, null, 8, "CNY")));
        settings.insertSettings(List.of(new StockSetting(sku("D-M"), shanghai, suppliers.get("SUP-A"), 10, 20, 100, 7,
                1, 1, new BigDecimal("0.95"))));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long sku(String code) {
        return skus.get(code);
    }

    private ImportResult run(Path file, ImportMode mode) {
        return services.imports().run(ImportKindId.STOCK_SETTINGS, file,
                new ImportOptions(mode, false, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    private ImportResult apply(Path file) {
        return run(file, ImportMode.ALL_OR_NOTHING);
    }

    private StoredSetting stored(String skuCode) {
        return settings.settings(List.of(new PositionKey(sku(skuCode), shanghai))).get(new PositionKey(sku(skuCode),
                shanghai));
    }

    private static String reason(RowProblem problem, Messages messages) {
        return messages.get(problem.reason().key(), problem.reason().arguments());
    }

    private static final String[] SETTINGS = {
        "Warehouse,SKU,Safety stock,Reorder point,Max stock,Lead time (days),MOQ,Pack size,Service level,Supplier",
        "WH-SH,D-M,12,,,,,,97.5%,SUP-B",
        "WH-SH,D-L,5,15,60,10,24,12,0.9,SUP-A",
        "WH-SH,D-XL,,,,,,,,"};

    @Test
    void missingSettingsAreCreatedAndExistingOnesChangedWhereTheFileSaysSo() {
        ImportResult result = apply(Sheets.csv("settings.csv", SETTINGS));

        assertThat(result.outcomes()).extracting(RowOutcome::row, RowOutcome::key, RowOutcome::status)
                .containsExactly(tuple(2L, "WH-SH / D-M", RowStatus.CHANGED), tuple(3L, "WH-SH / D-L", RowStatus.NEW),
                        tuple(4L, "WH-SH / D-XL", RowStatus.UNCHANGED));
        assertThat(result.outcomes().get(0).changes()).containsExactly(
                new FieldChange("safety_stock", "10", "12"), new FieldChange("service_level", "0.95", "0.975"),
                new FieldChange("supplier", "SUP-A", "SUP-B"));
        StoredSetting changed = stored("D-M");
        assertThat(changed.setting()).isEqualTo(new StockSetting(sku("D-M"), shanghai, suppliers.get("SUP-B"), 12, 20,
                100, 7, 1, 1, new BigDecimal("0.9750")));
        assertThat(changed.version()).isEqualTo(1);
        StoredSetting created = stored("D-L");
        assertThat(created.setting()).isEqualTo(new StockSetting(sku("D-L"), shanghai, suppliers.get("SUP-A"), 5, 15,
                60, 10, 24, 12, new BigDecimal("0.9000")));
        assertThat(created.version()).isZero();
        assertThat(stored("D-XL")).as("a row with nothing to set creates nothing").isNull();
    }

    @Test
    void theSameFileAgainChangesNothing() {
        apply(Sheets.csv("settings.csv", SETTINGS));

        ImportResult again = apply(Sheets.csv("settings.csv", SETTINGS));

        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.applied()).isFalse();
        assertThat(stored("D-M").version()).isEqualTo(1);
    }

    @Test
    void blankCellsKeepValuesAndTheClearTokenEmptiesOnlyWhatMayBeEmpty() {
        ImportResult result = run(Sheets.csv("clear.csv", "Warehouse,SKU,Safety stock,Supplier,MOQ,Lead time (days)",
                "WH-SH,D-M,#CLEAR,#清空,,",
                "WH-SH,D-L,3,,#CLEAR,"), ImportMode.VALID_ONLY);

        assertThat(result.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.CHANGED,
                RowStatus.REFUSED);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, p -> reason(p, ENGLISH))
                .containsExactly(tuple(3L, "MOQ", "this field cannot be emptied"));
        StockSetting cleared = stored("D-M").setting();
        assertThat(cleared.safetyStock()).isNull();
        assertThat(cleared.supplierId()).isNull();
        assertThat(cleared.reorderPoint()).as("blank keeps").isEqualTo(20);
        assertThat(cleared.leadTimeDays()).isEqualTo(7);
        assertThat(stored("D-L")).isNull();
    }

    @Test
    void refusedRowsSayRowColumnAndReasonAndAllOrNothingWritesNone() {
        ImportResult result = apply(Sheets.csv("bad.csv",
                "Warehouse,SKU,Safety stock,Reorder point,Max stock,MOQ,Pack size,Service level,Supplier",
                "WH-SH,D-L,5,,,,,,",
                "WH-XX,D-L,5,,,,,,",
                "WH-SH,NOPE,5,,,,,,",
                "WH-SH,W-1,-1,,,,,,",
                "WH-SH,W-2,,,,0,,,",
                "WH-SH,W-3,,,,,0,,",
                "WH-SH,W-4,,,,,,1.2,",
                "WH-SH,W-5,,,,,,95,",
                "WH-SH,W-6,,,,,,,SUP-Z",
                "WH-SH,D-M,,150,,,,,",
                "WH-SH,D-L,6,,,,,,"));

        assertThat(result.applied()).isFalse();
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, p -> reason(p, ENGLISH))
                .containsExactly(
                        tuple(3L, "Warehouse", "there is no warehouse with this code or name"),
                        tuple(4L, "SKU", "the catalog has no such SKU; add it to the catalog first"),
                        tuple(5L, "Safety stock", "a negative value is not allowed here"),
                        tuple(6L, "MOQ", "must be at least 1"),
                        tuple(7L, "Pack size", "must be at least 1"),
                        tuple(8L, "Service level", "write a service level above 0 and below 1, such as 0.95 or 95%"),
                        tuple(9L, "Service level", "write a service level above 0 and below 1, such as 0.95 or 95%"),
                        tuple(10L, "Supplier", "there is no supplier with this code"),
                        tuple(11L, "Reorder point", "the reorder point (150) is above the maximum stock (100)"),
                        tuple(12L, "SKU", "row 2 already gives this SKU in this warehouse"));
        assertThat(stored("D-L")).isNull();
        assertThat(stored("D-M").version()).isZero();
    }

    @Test
    void chineseHeadersInGbkAndPercentServiceLevelsAreUnderstood() {
        Path file = Sheets.csv("补货参数.csv", Charset.forName("GBK"),
                "仓库编码,商品编码,安全库存,补货点,最大库存,采购周期,最小起订量,箱规,服务水平,供应商编码",
                "WH-SH,D-XL,8,16,80,12,6,6,98％,SUP-B",
                "WH-SH,D-L,,,40,,,,,",
                "WH-SH,D-M,,,5,,,,,");

        ImportResult result = run(file, ImportMode.VALID_ONLY);

        assertThat(result.outcomes()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.NEW, RowStatus.NEW, RowStatus.REFUSED);
        assertThat(stored("D-XL").setting()).isEqualTo(new StockSetting(sku("D-XL"), shanghai, suppliers.get("SUP-B"),
                8, 16, 80, 12, 6, 6, new BigDecimal("0.9800")));
        assertThat(result.problems()).extracting(RowProblem::column, p -> reason(p, CHINESE))
                .containsExactly(tuple("最大库存", "补货点（20）高于最大库存（5）"));
    }

    @Test
    void undoRestoresChangedSettingsAndRemovesCreatedOnes() {
        long job = apply(Sheets.csv("settings.csv", SETTINGS)).jobId();

        services.imports().undo(job, "boss");

        StoredSetting restored = stored("D-M");
        assertThat(restored.setting()).isEqualTo(new StockSetting(sku("D-M"), shanghai, suppliers.get("SUP-A"), 10, 20,
                100, 7, 1, 1, new BigDecimal("0.9500")));
        assertThat(restored.version()).isEqualTo(2);
        assertThat(stored("D-L")).isNull();
    }

    @Test
    void undoIsRefusedWhenALaterImportChangedTheSameSettings() {
        long first = apply(Sheets.csv("settings.csv", SETTINGS)).jobId();
        apply(Sheets.csv("later.csv", "Warehouse,SKU,Pack size", "WH-SH,D-L,10"));

        assertThatThrownBy(() -> services.imports().undo(first, "boss")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .contains("WH-SH / D-L").contains("changed after the import"));
        assertThat(stored("D-M").setting().safetyStock()).as("nothing is undone").isEqualTo(12);
        assertThat(stored("D-L").setting().packSize()).isEqualTo(10);
    }
}
