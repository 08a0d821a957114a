package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.UndoConflict;
import io.storedesk.importing.UndoHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undo of stocktake imports: books a reversing STOCKTAKE entry that puts each position back to what it held
 * before (the ledger keeps both entries). Refused for a position counted, moved or reserved past its
 * before-figure since.
 */
final class StockCountUndo implements UndoHandler {

    static final String ENTITY = "stock_level";

    private final StockLedgerRepository repository;
    private final Clock clock;

    StockCountUndo(StockLedgerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** What the job records for a counted position: the figure before, and the position and job to undo it. */
    static ChangeRecord change(FilePosition position, int onHand, int counted, Integer versionRead, long jobId) {
        PositionKey key = position.key();
        return new ChangeRecord(ENTITY, position.label(),
                versionRead == null ? ChangeRecord.Operation.INSERT : ChangeRecord.Operation.UPDATE,
                Map.of("on_hand", String.valueOf(onHand)),
                Map.of("on_hand", String.valueOf(counted), "sku_id", String.valueOf(key.skuId()),
                        "warehouse_id", String.valueOf(key.warehouseId()), "job", String.valueOf(jobId)),
                versionRead == null ? 0 : versionRead + 1);
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
        Map<PositionKey, StockLevel> now = repository.levels(changes.stream().map(StockCountUndo::key).toList());
        List<UndoConflict> conflicts = new ArrayList<>();
        for (ChangeRecord change : changes) {
            StockLevel level = now.get(key(change));
            if (level == null) {
                conflicts.add(conflict(change, "import.reason.undoGone"));
            } else if (change.versionAfter() == null || level.version() != change.versionAfter()) {
                conflicts.add(conflict(change, "import.reason.undoChangedSince"));
            } else if (onHandBefore(change) < level.reserved()) {
                conflicts.add(conflict(change, "import.reason.undoBelowReserved"));
            }
        }
        return conflicts;
    }

    @Override
    public void undo(List<ChangeRecord> changes, String user) {
        Map<PositionKey, StockLevel> now = repository.levels(changes.stream().map(StockCountUndo::key).toList());
        Instant at = clock.instant();
        List<OnHandChange> reversals = new ArrayList<>(changes.size());
        for (ChangeRecord change : changes) {
            StockLevel level = now.get(key(change));
            long jobId = Long.parseLong(change.after().get("job"));
            reversals.add(new OnHandChange(StocktakeEntries.undone(key(change), level.onHand(), onHandBefore(change),
                    jobId, user, at), level.version()));
        }
        if (!repository.bookOnHand(reversals).isEmpty()) {
            throw new RefusedInputException("import.error.changedMeanwhile", reversals.size());
        }
    }

    private static PositionKey key(ChangeRecord change) {
        return new PositionKey(Long.parseLong(change.after().get("sku_id")),
                Long.parseLong(change.after().get("warehouse_id")));
    }

    private static int onHandBefore(ChangeRecord change) {
        return Integer.parseInt(change.before().get("on_hand"));
    }

    private static UndoConflict conflict(ChangeRecord change, String reasonKey) {
        return new UndoConflict(change.entity(), change.key(), new MessageKey(reasonKey));
    }
}
