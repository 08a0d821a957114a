package io.storedesk.stock;

import java.time.LocalDate;

/** Which batch units come into: its number and, when it expires, its expiry date (null = does not expire). */
public record BatchLot(String batchNo, LocalDate expiryDate) {
}
