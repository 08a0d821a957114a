package io.storedesk.orders;

import java.math.BigDecimal;

/** One line of an order the import will create. amount = quantity x unit price, signed. */
record DraftLine(int lineNo, String skuCode, String title, LineKind kind, int quantity, BigDecimal unitPrice,
                 BigDecimal amount) {
}
