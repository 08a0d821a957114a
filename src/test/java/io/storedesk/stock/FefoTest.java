package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** First expiry first out: which lots units leave from. */
class FefoTest {

    private record Lot(String name, LocalDate expiry, int held) {
    }

    private static final List<Lot> LOTS = List.of(
            new Lot("MAR", LocalDate.of(2027, 3, 1), 4),
            new Lot("NONE", null, 3),
            new Lot("JAN", LocalDate.of(2027, 1, 1), 2),
            new Lot("EMPTY", LocalDate.of(2026, 12, 1), 0));

    @ParameterizedTest(name = "{0} units -> {1}")
    @CsvSource(textBlock = """
            1,  JAN:1
            2,  JAN:2
            5,  JAN:2 MAR:3
            9,  JAN:2 MAR:4 NONE:3
            12, JAN:2 MAR:4 NONE:3 -:3
            """)
    void earliestExpiryFirstUndatedLotsAfterDatedOnesLooseStockLast(int quantity, String expected) {
        List<String> taken = Fefo.take(LOTS, Lot::expiry, Lot::held, quantity).stream()
                .map(t -> (t.lot() == null ? "-" : t.lot().name()) + ":" + t.quantity()).toList();

        assertThat(taken).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }
}
