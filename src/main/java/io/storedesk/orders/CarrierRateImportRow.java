package io.storedesk.orders;

import io.storedesk.importing.RowProblem;
import io.storedesk.importing.Update;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rate card row as read: the carrier as written, the lane's provinces (null when unreadable) and
 * what it asks of each price field.
 */
record CarrierRateImportRow(long row, String carrier, Province origin, Province destination,
                            Update<Integer> firstWeight, Update<BigDecimal> firstPrice, Update<BigDecimal> extraPrice,
                            Update<String> currency, Update<Integer> transitDays, List<RowProblem> problems) {

    CarrierRateImportRow {
        problems = List.copyOf(problems);
    }
}
