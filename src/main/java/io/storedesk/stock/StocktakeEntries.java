package io.storedesk.stock;

import java.time.Instant;

/**
 * The ledger entries a stocktake import books, and undoing one books. Their reason and reference are fixed
 * English words stored with the data, not bundle text: the ledger is a record read later in either language,
 * beside notes kept as the counter typed them, so it does not take the language of whoever imported.
 */
final class StocktakeEntries {

    static final String COUNTED = "Stocktake import";

    private StocktakeEntries() {
    }

    /** Sets the position to what was counted; the row's note, when it has one, is the reason. */
    static Movement counted(PositionKey position, int onHand, int counted, String note, long jobId, String user,
                            Instant at) {
        return new Movement(0, position.skuId(), position.warehouseId(), null, MovementKind.STOCKTAKE,
                counted - onHand, onHand, counted, note == null ? COUNTED : note, reference(jobId), user, at);
    }

    /** Puts back what the position held before the import; the count's own entry stays in the ledger. */
    static Movement undone(PositionKey position, int onHand, int restored, long jobId, String user, Instant at) {
        return new Movement(0, position.skuId(), position.warehouseId(), null, MovementKind.STOCKTAKE,
                restored - onHand, onHand, restored, "Undo of import job " + jobId, reference(jobId), user, at);
    }

    static String reference(long jobId) {
        return "import job " + jobId;
    }
}
