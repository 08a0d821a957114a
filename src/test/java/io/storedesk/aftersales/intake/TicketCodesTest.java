package io.storedesk.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void aDayStartsAtOneAndContinuesAfterTheHighestSequenceOfThatDay() {
        String prefix = TicketCodes.prefix(LocalDate.of(2026, 11, 20));

        assertThat(prefix).isEqualTo("AS261120-");
        assertThat(TicketCodes.next(prefix, List.of())).isEqualTo("AS261120-0001");
        assertThat(TicketCodes.next(prefix, List.of("AS261120-0007", "AS261120-0012", "AS261120-0003")))
                .isEqualTo("AS261120-0013");
    }

    @Test
    void sequencesPastFourDigitsKeepCountingAndForeignCodesAreIgnored() {
        assertThat(TicketCodes.next("AS261120-", List.of("AS261120-9999", "AS261120-0042", "AS261120-X1")))
                .isEqualTo("AS261120-10000");
        assertThat(TicketCodes.next("AS261120-", List.of("AS261120-10000", "AS261120-9999")))
                .isEqualTo("AS261120-10001");
    }
}
