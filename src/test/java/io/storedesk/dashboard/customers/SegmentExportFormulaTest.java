package io.storedesk.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer or channel whose name looks like a formula is written so no spreadsheet runs it. */
class SegmentExportFormulaTest {

    private static final SegmentCustomer ODD = new SegmentCustomer(
            new CustomerActivity(7, "@SUM(1+1)", "13812341234", "=cmd@example.com", "+Shop",
                    Instant.parse("2026-11-10T04:00:00Z"), 1, new BigDecimal("10.0000")),
            10, new RfmScores(1, 1, 1), RfmSegment.LOYAL, CustomerTier.STRATEGIC);

    @Test
    void formulaLookingCellsGetALeadingApostrophe() throws Exception {
        Path file = TestStores.newDirectory().resolve("segment.csv");

        SegmentExport.write(file, List.of(ODD), new Messages(Messages.ENGLISH), true);

        String row = Files.readString(file, StandardCharsets.UTF_8).lines().toList().get(1);
        assertThat(row).startsWith("7,'@SUM(1+1),13812341234,'=cmd@example.com,'+Shop,10,1,10");
    }
}
