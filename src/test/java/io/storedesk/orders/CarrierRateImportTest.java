package io.storedesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.Money;
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
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierRateImportTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final String HEADER = "Carrier,Origin,Destination,First weight (g),First price,Extra price per kg,"
            + "Transit days";
    private static final RateLane SF_SHANGHAI_GUANGDONG = new RateLane("SF", "上海市", "广东省");
    private static final RateLane ZTO_GUANGDONG_XINJIANG = new RateLane("ZTO", "广东省", "新疆维吾尔自治区");

    private final Services services = TestStores.emptyInMemory();
    private final CarrierRepository carriers = new CarrierRepository(services.store().dsl());

    @BeforeEach
    void twoCarriersWithTwoLanes() {
        Map<String, Long> ids = carriers.insertCarriers(List.of(
                new Carrier(0, "SF", "顺丰速运", "EXPRESS", 50_000, LocalTime.of(18, 0), true),
                new Carrier(0, "ZTO", "中通快递", "STANDARD", 30_000, LocalTime.of(17, 0), true)));
        carriers.insertRates(List.of(
                new CarrierRate(ids.get("SF"), "上海市", "广东省", 1000, Money.of("18.00", "CNY"),
                        Money.of("8.00", "CNY"), 2),
                new CarrierRate(ids.get("SF"), "上海市", "北京市", 1000, Money.of("18.00", "CNY"),
                        Money.of("8.00", "CNY"), 2)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportResult run(Path file, ImportMode mode, boolean dryRun) {
        return services.imports().run(ImportKindId.CARRIER_RATES, file,
                new ImportOptions(mode, dryRun, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    private ImportResult apply(Path file) {
        return run(file, ImportMode.ALL_OR_NOTHING, false);
    }

    private StoredRate lane(RateLane lane) {
        return carriers.storedRates(List.of(lane.carrierCode())).get(lane);
    }

    private static String reason(RowProblem problem) {
        return ENGLISH.get(problem.reason().key(), problem.reason().arguments());
    }

    private static final String[] UPDATE_AND_NEW_LANE = {
        HEADER,
        "SF,上海,广东,,19.5,,",
        "ZTO,Guangdong,xinjiang,,12,10,6"};

    @Test
    void aDryRunPreviewsEachChangedFieldBeforeAndAfterAndWritesNothing() {
        ImportResult result = run(Sheets.csv("rates.csv", UPDATE_AND_NEW_LANE), ImportMode.ALL_OR_NOTHING, true);

        assertThat(result.outcomes()).extracting(RowOutcome::key, RowOutcome::status).containsExactly(
                tuple("SF:上海市→广东省", RowStatus.CHANGED), tuple("ZTO:广东省→新疆维吾尔自治区", RowStatus.NEW));
        assertThat(result.outcomes().get(0).changes()).containsExactly(new FieldChange("first_price", "18.00", "19.50"));
        assertThat(result.outcomes().get(1).changes()).containsExactly(
                new FieldChange("first_weight", null, "1000"), new FieldChange("first_price", null, "12.00"),
                new FieldChange("extra_price", null, "10.00"), new FieldChange("currency", null, "CNY"),
                new FieldChange("transit_days", null, "6"));
        assertThat(result.applied()).isFalse();
        assertThat(lane(SF_SHANGHAI_GUANGDONG).rate().firstPrice()).isEqualTo(Money.of("18.00", "CNY"));
        assertThat(lane(ZTO_GUANGDONG_XINJIANG)).isNull();
    }

    @Test
    void lanesAreStoredUnderFullProvinceNamesAndTheSameFileAgainChangesNothing() {
        ImportResult first = apply(Sheets.csv("rates.csv", UPDATE_AND_NEW_LANE));
        assertThat(first.applied()).isTrue();

        CarrierRate created = lane(ZTO_GUANGDONG_XINJIANG).rate();
        assertThat(created.originProvince()).isEqualTo("广东省");
        assertThat(created.destinationProvince()).isEqualTo("新疆维吾尔自治区");
        assertThat(created.firstWeightGrams()).as("the column's default").isEqualTo(1000);
        assertThat(created.firstPrice()).isEqualTo(Money.of("12", "CNY"));
        assertThat(created.extraPricePerKg()).isEqualTo(Money.of("10", "CNY"));
        assertThat(created.transitDays()).isEqualTo(6);
        assertThat(created.priceFor(2500)).isEqualTo(Money.of("32", "CNY"));
        StoredRate changed = lane(SF_SHANGHAI_GUANGDONG);
        assertThat(changed.rate().firstPrice()).isEqualTo(Money.of("19.50", "CNY"));
        assertThat(changed.rate().extraPricePerKg()).as("blank keeps").isEqualTo(Money.of("8", "CNY"));
        assertThat(changed.rate().transitDays()).as("blank keeps").isEqualTo(2);
        assertThat(changed.version()).isEqualTo(1);

        ImportResult again = apply(Sheets.csv("rates.csv", UPDATE_AND_NEW_LANE));
        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.applied()).isFalse();
        assertThat(lane(SF_SHANGHAI_GUANGDONG).version()).isEqualTo(1);
    }

    @Test
    void theSamePricesWrittenDifferentlyAreUnchanged() {
        ImportResult result = apply(Sheets.csv("rates.csv", HEADER + ",Currency",
                "sf,上海市,广东省,1000,18,8.0000,2,rmb",
                "顺丰速运,Shanghai,BEIJING,1000.0,¥18.00,8,2,CNY"));

        assertThat(result.outcomes()).extracting(RowOutcome::key, RowOutcome::status).containsExactly(
                tuple("SF:上海市→广东省", RowStatus.UNCHANGED), tuple("SF:上海市→北京市", RowStatus.UNCHANGED));
    }

    @Test
    void refusedRowsSayRowColumnAndReasonAndAllOrNothingWritesNone() {
        ImportResult result = apply(Sheets.csv("bad.csv",
                HEADER,
                "SF,上海,广东,1000,19.00,8.00,2",
                "KUAIDI,上海,广东,1000,18,8,2",
                "SF,上海,广州,1000,18,8,2",
                "SF,上海,北京,1000,-18,8,2",
                "SF,上海,天津,1000,18,80000,2",
                "SF,上海,河北,0,18,8,2",
                "SF,上海,山西,1,18,8,2",
                "SF,上海,广东省,1000,19.00,8.00,2",
                "SF,上海,辽宁,1000,abc,8,2",
                "SF,上海,吉林,1000,18,8,2.5",
                "SF,上海,黑龙江,1000,,8,2",
                "SF,上海,江苏,1000,#CLEAR,8,2",
                "SF,上海,浙江,1000,18,8,99",
                ",上海,安徽,1000,18,8,2"));

        assertThat(result.applied()).isFalse();
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(13);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, CarrierRateImportTest::reason)
                .containsExactly(
                        tuple(3L, "Carrier", "there is no carrier with this code or name; the carriers are SF, ZTO"),
                        tuple(4L, "Destination",
                                "not a province of mainland China; write it as 广东, 广东省 or Guangdong"),
                        tuple(5L, "First price", "a negative value is not allowed here"),
                        tuple(6L, "Extra price per kg", "above the largest value accepted (10000)"),
                        tuple(7L, "First weight (g)", "the first weight is in grams and at least 100 (1 kg is 1000)"),
                        tuple(8L, "First weight (g)", "the first weight is in grams and at least 100 (1 kg is 1000)"),
                        tuple(9L, "Carrier", "row 2 already has this lane (SF 上海市 → 广东省)"),
                        tuple(10L, "First price", "write a number such as 12.50"),
                        tuple(11L, "Transit days", "write a whole number such as 12"),
                        tuple(12L, "First price",
                                "the store has no such lane yet, and a new lane needs its first price"),
                        tuple(13L, "First price", "this field cannot be emptied"),
                        tuple(14L, "Transit days", "must be between 0 and 60"),
                        tuple(15L, "Carrier", "a value is required"));
        assertThat(lane(SF_SHANGHAI_GUANGDONG).rate().firstPrice()).isEqualTo(Money.of("18", "CNY"));
        assertThat(carriers.storedRates(List.of("SF"))).hasSize(2);
    }

    @Test
    void validOnlyWritesTheGoodRowsAndReportsTheRest() {
        ImportResult result = run(Sheets.csv("mixed.csv", HEADER,
                "SF,上海,广东,1000,19.00,8.00,2",
                "SF,上海,北京,1000,-1,8,2",
                "ZTO,广东,新疆,1000,12,10,6"), ImportMode.VALID_ONLY, false);

        assertThat(result.applied()).isTrue();
        assertThat(result.outcomes()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.CHANGED, RowStatus.REFUSED, RowStatus.NEW);
        assertThat(lane(SF_SHANGHAI_GUANGDONG).rate().firstPrice()).isEqualTo(Money.of("19", "CNY"));
        assertThat(lane(new RateLane("SF", "上海市", "北京市")).rate().firstPrice()).isEqualTo(Money.of("18", "CNY"));
        assertThat(lane(ZTO_GUANGDONG_XINJIANG)).isNotNull();
    }

    @Test
    void aWorkbookWithChineseHeadersAndCarrierNamesIsUnderstood() {
        Path file = Sheets.xlsx("运费模板.xlsx", List.of(
                List.of("快递公司", "始发地", "目的地", "首重(克)", "首重价格", "续重", "时效(天)", "币种"),
                List.of("中通快递", "广东", "新疆", 1000, 12.5, 10, 6, "人民币"),
                List.of("顺丰速运", "上海", "广东", 500, 16, 7.5, 1, "")));
        ImportResult result = apply(file);

        assertThat(result.mapping()).containsEntry("carrier", "快递公司").containsEntry("extra_price", "续重");
        assertThat(result.outcomes()).extracting(RowOutcome::status).containsExactly(RowStatus.NEW, RowStatus.CHANGED);
        assertThat(lane(ZTO_GUANGDONG_XINJIANG).rate().firstPrice()).isEqualTo(Money.of("12.50", "CNY"));
        CarrierRate sf = lane(SF_SHANGHAI_GUANGDONG).rate();
        assertThat(sf.firstWeightGrams()).isEqualTo(500);
        assertThat(sf.priceFor(1200)).isEqualTo(Money.of("23.50", "CNY"));
        assertThat(sf.transitDays()).isEqualTo(1);
    }

    @Test
    void aFileWithoutADestinationColumnIsRefusedWhole() {
        assertThatThrownBy(() -> apply(Sheets.csv("lanes.csv", "Carrier,Origin,First price", "SF,上海,18")))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .isEqualTo("lanes.csv has no column for destination province. Name a column like one of "
                                + "these: Destination, Destination province, destination_province, To, 目的省份, 目的省, "
                                + "收货省份, 目的地, 收货地."));
    }

    @Test
    void undoPutsBackPricesAndRemovesCreatedLanes() {
        ImportResult result = apply(Sheets.csv("rates.csv", UPDATE_AND_NEW_LANE));

        services.imports().undo(result.jobId(), "tester");

        StoredRate restored = lane(SF_SHANGHAI_GUANGDONG);
        assertThat(restored.rate().firstPrice()).isEqualTo(Money.of("18", "CNY"));
        assertThat(restored.rate().extraPricePerKg()).isEqualTo(Money.of("8", "CNY"));
        assertThat(lane(ZTO_GUANGDONG_XINJIANG)).isNull();
        assertThatThrownBy(() -> services.imports().undo(result.jobId(), "tester"))
                .isInstanceOf(RefusedInputException.class);
    }

    @Test
    void undoIsRefusedWhenALaterImportChangedTheSameLaneAndUndoesNothing() {
        ImportResult first = apply(Sheets.csv("rates.csv", UPDATE_AND_NEW_LANE));
        ImportResult later = apply(Sheets.csv("later.csv", HEADER, "SF,上海,广东,,21,,"));

        assertThatThrownBy(() -> services.imports().undo(first.jobId(), "tester"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .contains("SF:上海市→广东省").contains("changed after the import"));
        assertThat(lane(SF_SHANGHAI_GUANGDONG).rate().firstPrice()).isEqualTo(Money.of("21", "CNY"));
        assertThat(lane(ZTO_GUANGDONG_XINJIANG)).as("the lane it created stays too").isNotNull();

        services.imports().undo(later.jobId(), "tester");
        assertThat(lane(SF_SHANGHAI_GUANGDONG).rate().firstPrice()).isEqualTo(Money.of("19.50", "CNY"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            rates.csv, en
            运费.xlsx, zh
            """)
    void anExportedRateCardImportsBackUnchanged(String name, String language) {
        apply(Sheets.csv("rates.csv", UPDATE_AND_NEW_LANE));
        Path file = TestStores.newDirectory().resolve(name);

        assertThat(services.carrierRateExport().export(file, Locale.forLanguageTag(language))).isEqualTo(3);

        ImportResult again = apply(file);
        assertThat(again.rows()).isEqualTo(3);
        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.unusedColumns()).isEmpty();
        assertThat(again.mapping()).hasSize(CarrierRateImport.FIELDS.size());
    }

    @Test
    void theDemoShopsOwnRateCardReadsBackUnchanged() {
        try (Services demo = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
                TestStores.DEMO_CLOCK)) {
            ImportResult result = demo.imports().run(ImportKindId.CARRIER_RATES, Path.of("sample-data/carrier_rates.csv"),
                    new ImportOptions(ImportMode.ALL_OR_NOTHING, false, false, Map.of(), "tester"),
                    ImportProgress.NONE);

            assertThat(result.rows()).isEqualTo(1248);
            assertThat(result.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.UNCHANGED);
            assertThat(result.unusedColumns()).isEmpty();
        }
    }
}
