package io.storedesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.stock.ChannelStockPolicy;
import io.storedesk.stock.ChannelStockSummary;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChannelStockViewModelTest {

    private final Services services = TestStores.emptyInMemory();
    private final ChannelStockViewModel model = new ChannelStockViewModel(services.channelStock(),
            new InlineTaskRunner(), () -> "desk");

    /** Two channels selling 20 tins in one warehouse. */
    @BeforeEach
    void shop() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        long warehouse = fixtures.warehouse("WH-SH", "上海市");
        fixtures.channel("JD");
        fixtures.channel("TM");
        long milk = fixtures.skus("P", "奶粉", "奶粉", "NF-1").get("NF-1");
        new StockLedgerRepository(services.store().dsl()).openPositions(List.of(new OpeningBalance(milk, warehouse,
                20, 0)), "test", TestStores.DEMO_CLOCK.instant());
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void eachChannelComesWithWhatItPublishesToday() {
        assertThat(model.channels()).extracting(ChannelStockSummary::code).containsExactly("JD", "TM");
        assertThat(model.channels()).allSatisfy(c -> {
            assertThat(c.availableUnits()).isEqualTo(20);
            assertThat(c.publishedUnits()).isEqualTo(20);
        });
    }

    @Test
    void aSavedPolicyReloadsWithTheNewPublishedFigure() {
        model.save(Map.of("TM", new ChannelStockPolicy(new BigDecimal("0.9"), 2)));

        // 0.9 x 20 = 18, less 2 = 16; JD untouched
        assertThat(model.channels()).extracting(ChannelStockSummary::publishedUnits).containsExactly(20L, 16L);
        assertThat(model.noticeProperty().get().isProblem()).isFalse();
        assertThat(services.channelStock().policy("JD")).isEqualTo(ChannelStockPolicy.ALL);
    }

    @Test
    void aChannelChangedElsewhereRefusesTheSaveAndShowsTheStoredNumbers() {
        services.channelStock().setPolicy("TM", new ChannelStockPolicy(new BigDecimal("0.5"), 0), "other desk");

        model.save(Map.of("TM", new ChannelStockPolicy(new BigDecimal("0.9"), 2)));

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(services.channelStock().policy("TM").ratio()).isEqualByComparingTo("0.5");
        // reloaded: 0.5 x 20 = 10
        assertThat(model.channels()).extracting(ChannelStockSummary::publishedUnits).containsExactly(20L, 10L);
    }
}
