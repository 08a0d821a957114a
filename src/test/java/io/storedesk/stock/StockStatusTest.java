package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockStatusTest {

    @ParameterizedTest(name = "on hand {0}, reserved {1}, safety {2}, max {3} -> {4}")
    @CsvSource(textBlock = """
            5,   6,    ,    , NEGATIVE
            4,   4,   2,  10, OUT_OF_STOCK
            0,   0,    ,    , OUT_OF_STOCK
            5,   1,   5,  10, BELOW_SAFETY
            5,   0,   5,  10, OK
            11,  0,   5,  10, OVERSTOCK
            11,  2,   5,  10, OVERSTOCK
            10,  0,   5,  10, OK
            3,   0,    ,   2, OVERSTOCK
            """)
    void classifiesAPosition(int onHand, int reserved, Integer safety, Integer max, StockStatus expected) {
        assertThat(StockStatus.of(onHand, reserved, safety, max)).isEqualTo(expected);
    }
}
