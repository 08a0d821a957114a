package io.storedesk.stock;

import java.time.Instant;

/** One ledger entry as a person reads it: the warehouse by code, the batch by number (null = none). */
public record LedgerEntry(long id, Instant occurredAt, String warehouseCode, MovementKind kind, int quantity,
                          int onHandBefore, int onHandAfter, String batchNo, String reason, String userName,
                          String reference) {
}
