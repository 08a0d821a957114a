package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderQuantityTest {

    @ParameterizedTest(name = "need {0}, MOQ {1}, pack {2}, max {3}, stock {4} -> {5}")
    @CsvSource(textBlock = """
            # need  moq  pack  max  stock+incoming  order
              17,    1,   1,     ,   0,             17
            # the MOQ lifts a small need
              17,   20,   1,     ,   0,             20
            # whole packs: 17 -> 3 packs of 6
              17,    1,   6,     ,   0,             18
            # MOQ 20, then whole packs: 24
              17,   20,   6,     ,   0,             24
            # max 100 leaves room for 75: no cut
              17,    1,   1,  100,  25,             17
            # max 40 leaves room for 15: two packs of 6 = 12
              17,    1,   6,   40,  25,             12
            # the cut (12) still meets MOQ 10
              17,   10,   6,   40,  25,             12
            # the cut (12) is below MOQ 13: no order
              17,   13,   6,   40,  25,             0
            # room for 5 holds no pack of 6: no order
              17,    1,   6,   30,  25,             0
            # already over the maximum
              17,    1,   1,   20,  25,             0
            # nothing needed: the MOQ does not make an order
               0,   10,   1,     ,   0,             0
            # MOQ and pack below 1 count as 1
               5,    0,   0,     ,   0,             5
            """)
    void minimumThenPacksThenTheMaximum(int need, int moq, int pack, Integer max, int stock, int expected) {
        assertThat(OrderQuantity.of(need, moq, pack, max, stock)).isEqualTo(expected);
    }
}
