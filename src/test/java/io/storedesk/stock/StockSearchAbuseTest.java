package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stock search box takes SQL metacharacters literally: % and _ are no wildcards. */
class StockSearchAbuseTest {

    private static final Instant NOW = Instant.parse("2026-11-20T13:30:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
    private final Fixtures fixtures = new Fixtures(services.store().dsl());

    @BeforeEach
    void setUp() {
        long shanghai = fixtures.warehouse("WH-SH", "上海市");
        Map<String, Long> wool = fixtures.skus("P1", "100% wool", "x", "W1");
        Map<String, Long> snake = fixtures.skus("P2", "snake_case", "y", "S1");
        Map<String, Long> plain = fixtures.skus("P3", "奶粉", "z", "A1");
        ledger.openPositions(List.of(new OpeningBalance(wool.get("W1"), shanghai, 4, 0),
                new OpeningBalance(snake.get("S1"), shanghai, 5, 0),
                new OpeningBalance(plain.get("A1"), shanghai, 6, 0)), "tester", NOW);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void percentAndUnderscoreMatchOnlyThemselves() {
        assertThat(services.stock().positions("%", 10).rows()).extracting(StockPosition::skuCode)
                .containsExactly("W1");
        assertThat(services.stock().positions("_", 10).rows()).extracting(StockPosition::skuCode)
                .containsExactly("S1");
        assertThat(services.stock().positions("", 10).total()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", ";", "--", "\\", "' OR '1'='1", "x'); DROP TABLE sku; --", "奶粉\uD800"})
    void otherMetacharactersAndBrokenTextFindNothingAndBreakNothing(String typed) {
        assertThat(services.stock().positions(typed, 10).rows()).isEmpty();
        assertThat(services.stock().positions("", 10).total()).isEqualTo(3);
        assertThat(services.catalog().skuCount()).isEqualTo(3);
    }
}
