package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentCodesTest {

    @Test
    void theDayIsTheShopsDayNotUtcs() {
        Instant lateEveningUtc = Instant.parse("2026-11-23T17:30:00Z");
        assertThat(DocumentCodes.dayPrefix("PO", lateEveningUtc, ZoneId.of("Asia/Shanghai"))).isEqualTo("PO-20261124-");
        assertThat(DocumentCodes.dayPrefix("TR", lateEveningUtc, ZoneId.of("UTC"))).isEqualTo("TR-20261123-");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                 PO-20261124-0001
            PO-20261124-0001,   PO-20261124-0002
            PO-20261124-0099,   PO-20261124-0100
            PO-20261124-X,      PO-20261124-0001
            """)
    void codesCountUpFromTheDaysHighest(String highest, String next) {
        assertThat(DocumentCodes.next("PO-20261124-", Optional.of(highest).filter(h -> !h.isEmpty())))
                .isEqualTo(next);
    }
}
