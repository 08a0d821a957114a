package io.storedesk.sync.engine;

import io.storedesk.sync.InboundStore;
import io.storedesk.sync.outbox.SalesOrderOutbox;
import io.storedesk.sync.outbox.StockConflicts;

/** What the engine's page-by-page pull works with: where records land, stock conflicts, cursors and the run log. */
public record ResourcePullParts(InboundStore inbound, StockConflicts stockConflicts, SyncCursorRepository cursors,
                                SyncRunRepository runs, SalesOrderOutbox salesOrders) {
}
