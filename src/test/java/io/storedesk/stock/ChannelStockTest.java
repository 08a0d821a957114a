package io.storedesk.stock;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.catalog.BundleComponent;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditRepository;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelStockTest {

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();
    private final ChannelStock channelStock = services.channelStock();
    private long beijing;
    private long shanghai;
    private long tmall;
    private Map<String, Long> skus;

    /** Milk: 40 in Beijing (5 of them held for an unpaid order) and 10 in Shanghai; bottles: 9 in Beijing. */
    @BeforeEach
    void shop() {
        Fixtures fixtures = new Fixtures(dsl);
        beijing = fixtures.warehouse("BJ", "北京");
        shanghai = fixtures.warehouse("SH", "上海");
        tmall = fixtures.channel("TM");
        skus = fixtures.skus("P1", "奶粉", "奶粉", "MILK", "BOTTLE");
        CatalogRepository catalog = new CatalogRepository(dsl);
        long product = catalog.findSku("MILK").orElseThrow().productId();
        long set = catalog.insertSkus(List.of(new Sku(0, product, "SET", null, "", cny("199"), null, null, null,
                LifecycleStage.MATURE, true, SkuKind.GOODS, true, 0))).get("SET");
        // a set is 2 tins of milk and 3 bottles
        catalog.insertBundleComponents(List.of(new BundleComponent(set, skus.get("MILK"), 2),
                new BundleComponent(set, skus.get("BOTTLE"), 3)));
        new StockLedgerRepository(dsl).openPositions(List.of(new OpeningBalance(skus.get("MILK"), beijing, 40, 0),
                new OpeningBalance(skus.get("MILK"), shanghai, 10, 0),
                new OpeningBalance(skus.get("BOTTLE"), beijing, 9, 0)), "test", Instant.parse("2026-11-01T00:00:00Z"));
        services.stockReservations().reserve(new PositionKey(skus.get("MILK"), beijing), null, null, 5,
                ReservationKind.UNPAID, "test");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @ParameterizedTest(name = "{0} available, publish {1} minus {2} -> {3}")
    @CsvSource(textBlock = """
            50,  0.9, 2, 43
            50,  1,   0, 50
            3,   0.9, 2,  0
            10,  0.5, 0,  5
            7,   0.5, 0,  3
            0,   1,   0,  0
            -4,  1,   0,  0
            """)
    void aPolicyPublishesItsShareLessTheBufferNeverMoreThanAvailable(long available, String ratio, int buffer,
                                                                      long expected) {
        assertThat(new ChannelStockPolicy(new BigDecimal(ratio), buffer).publishable(available)).isEqualTo(expected);
    }

    @Test
    void publishedStockIsTheChannelsShareOfWhatIsAvailableAfterReservations() {
        channelStock.setPolicy("TM", new ChannelStockPolicy(new BigDecimal("0.9"), 2), "desk");

        Map<String, PublishedStock> published = published();

        // milk: 40 + 10 on hand, 5 held = 45 available; 0.9 x 45 = 40.5 -> 40, less 2 = 38
        assertThat(published.get("MILK").available()).isEqualTo(45);
        assertThat(published.get("MILK").published()).isEqualTo(38);
        // bottles: 9; 0.9 x 9 = 8.1 -> 8, less 2 = 6
        assertThat(published.get("BOTTLE").published()).isEqualTo(6);
    }

    @Test
    void aNewShareIsAuditedWithTheOldAndNewRatioAndBuffer() {
        ChannelStockPolicy before = channelStock.policy("TM");

        channelStock.setPolicy("TM", new ChannelStockPolicy(new BigDecimal("0.9"), 2), "desk");

        AuditEntry entry = new AuditRepository(dsl).history("channel", "TM", 5).get(0);
        assertThat(entry.user()).isEqualTo("desk");
        assertThat(entry.action()).isEqualTo("stock.channelShare");
        assertThat(entry.before()).containsEntry("ratio", before.ratio().toPlainString())
                .containsEntry("buffer", String.valueOf(before.buffer()));
        assertThat(entry.after()).containsEntry("ratio", "0.9").containsEntry("buffer", "2");
    }

    @Test
    void aBundleIsTheCompleteSetsItsScarcestPartMakes() {
        Map<String, PublishedStock> published = published();

        // milk 45 / 2 = 22 sets, bottles 9 / 3 = 3 sets: 3
        assertThat(published.get("SET").bundle()).isTrue();
        assertThat(published.get("SET").available()).isEqualTo(3);
        assertThat(published.get("SET").published()).isEqualTo(3);
    }

    @Test
    void onlyTheWarehousesThatShipTheChannelsOrdersCount() {
        new ChannelRepository(dsl).setEligibleWarehouses(tmall, List.of(shanghai));

        Map<String, PublishedStock> published = published();

        assertThat(published.get("MILK").available()).isEqualTo(10);
        assertThat(published.get("BOTTLE").available()).isZero();
        assertThat(published.get("SET").available()).isZero();
    }

    @Test
    void anImpossiblePolicyIsRefusedAndTheOldOneStays() {
        assertThatThrownBy(() -> channelStock.setPolicy("TM", new ChannelStockPolicy(new BigDecimal("1.2"), 0),
                "desk")).isInstanceOf(RefusedInputException.class).hasMessageContaining("stock.channel.error.ratio");
        assertThatThrownBy(() -> new ChannelStockPolicy(BigDecimal.ONE, -1)).isInstanceOf(RefusedInputException.class);
        assertThatThrownBy(() -> channelStock.policy("JD")).isInstanceOf(RefusedInputException.class);

        assertThat(channelStock.policy("TM")).isEqualTo(ChannelStockPolicy.ALL);
    }

    @Test
    void aSummaryAddsUpWhatTheChannelPublishes() {
        channelStock.setPolicy("TM", new ChannelStockPolicy(new BigDecimal("0.9"), 2), "desk");

        ChannelStockSummary tm = channelStock.summaries().get(0);

        // available: milk 45 + bottles 9 + sets 3 = 57; published 38 + 6 + (0.9 x 3 = 2 less 2 = 0) = 44
        assertThat(tm.code()).isEqualTo("TM");
        assertThat(tm.availableUnits()).isEqualTo(57);
        assertThat(tm.publishedUnits()).isEqualTo(44);
        assertThat(tm.skusPublished()).isEqualTo(2);
    }

    @Test
    void anOversoldSkuCountsAsNothingAvailableInTheSummary() {
        // All 9 bottles promised, then 3 broken: 6 on hand, 9 held, -3 available must not cut the milk's 45 short.
        PositionKey bottles = new PositionKey(skus.get("BOTTLE"), beijing);
        services.stockReservations().reserve(bottles, null, null, 9, ReservationKind.PRESALE, "test");
        services.stockLedger().writeOff(StockChange.of(bottles, 3).because("broken"), "test");

        ChannelStockSummary tm = channelStock.summaries().get(0);

        assertThat(tm.availableUnits()).isEqualTo(45);
        assertThat(tm.publishedUnits()).isEqualTo(45);
    }

    @Test
    void severalPoliciesAreSavedTogetherOrNotAtAll() {
        new Fixtures(dsl).channel("JD");
        List<ChannelStockSummary> read = channelStock.summaries();
        ChannelStockPolicy half = new ChannelStockPolicy(new BigDecimal("0.5"), 1);
        // Someone else changes TM after the editor read it.
        channelStock.setPolicy("TM", new ChannelStockPolicy(new BigDecimal("0.8"), 0), "other desk");

        assertThatThrownBy(() -> channelStock.setPolicies(read, Map.of("JD", half, "TM", half), "desk"))
                .isInstanceOf(RefusedInputException.class)
                .hasMessageContaining("stock.channel.error.changedMeanwhile");
        assertThat(channelStock.policy("JD")).isEqualTo(ChannelStockPolicy.ALL);

        channelStock.setPolicies(channelStock.summaries(), Map.of("JD", half, "TM", half), "desk");

        assertThat(channelStock.policy("JD")).isEqualTo(half);
        assertThat(channelStock.policy("TM")).isEqualTo(half);
    }

    private Map<String, PublishedStock> published() {
        return channelStock.published("TM").stream()
                .collect(Collectors.toMap(PublishedStock::skuCode, Function.identity()));
    }
}
