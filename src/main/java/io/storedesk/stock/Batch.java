package io.storedesk.stock;

import java.time.Instant;
import java.time.LocalDate;

/** A received lot of one SKU in one warehouse; expiryDate null = does not expire. id 0 = not yet stored. */
public record Batch(long id, long skuId, long warehouseId, String batchNo, int quantity, LocalDate expiryDate,
                    Instant receivedAt) {
}
