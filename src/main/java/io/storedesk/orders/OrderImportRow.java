package io.storedesk.orders;

import io.storedesk.importing.RowProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One line of an order export as read. customer null = guest; channel null = the import's default channel. */
record OrderImportRow(long row, String orderNo, String channel, Instant placedAt, String sku, String title,
                      long quantity, BigDecimal unitPrice, String customer, String country, String province,
                      String city, OrderStatus status, List<RowProblem> problems) {

    OrderImportRow {
        problems = List.copyOf(problems);
    }

    /** A credit note (C536379...) or an order of returns: every line gives money back. */
    boolean isCreditNoteNumber() {
        return orderNo.length() > 1 && orderNo.charAt(0) == 'C' && Character.isDigit(orderNo.charAt(1));
    }
}
