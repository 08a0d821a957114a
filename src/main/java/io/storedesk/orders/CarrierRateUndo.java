package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.UndoConflict;
import io.storedesk.importing.UndoHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Undo of carrier rate imports: puts back a lane's prices, removes the lanes an import opened. A lane
 * whose version moved since the import (someone changed it) is a conflict, and nothing is undone.
 */
final class CarrierRateUndo implements UndoHandler {

    static final String ENTITY = "carrier_rate";

    private final CarrierRepository repository;
    private final Clock clock;

    CarrierRateUndo(CarrierRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
        Map<RateLane, StoredRate> current = current(changes);
        List<UndoConflict> conflicts = new ArrayList<>();
        for (ChangeRecord change : changes) {
            StoredRate now = current.get(RateLane.parse(change.key()));
            if (now == null) {
                conflicts.add(conflict(change, "import.reason.undoGone"));
            } else if (now.version() != change.versionAfter()) {
                conflicts.add(conflict(change, "import.reason.undoChangedSince"));
            }
        }
        return conflicts;
    }

    @Override
    public void undo(List<ChangeRecord> changes, String user) {
        Map<RateLane, StoredRate> current = current(changes);
        List<Long> delete = new ArrayList<>();
        List<StoredRate> restore = new ArrayList<>();
        for (ChangeRecord change : changes) {
            StoredRate now = current.get(RateLane.parse(change.key()));
            if (change.operation() == ChangeRecord.Operation.INSERT) {
                delete.add(now.id());
            } else {
                CarrierRate before = CarrierRateValues.rate(now.rate().carrierId(), now.rate().originProvince(),
                        now.rate().destinationProvince(), change.before());
                restore.add(new StoredRate(now.id(), now.carrierCode(), before, now.version()));
            }
        }
        repository.deleteRates(delete);
        if (!repository.updateRates(restore, user, clock.instant()).isEmpty()) {
            throw new RefusedInputException("import.error.changedMeanwhile", restore.size());
        }
    }

    private Map<RateLane, StoredRate> current(List<ChangeRecord> changes) {
        return repository.storedRates(changes.stream().map(c -> RateLane.parse(c.key()).carrierCode()).toList());
    }

    private static UndoConflict conflict(ChangeRecord change, String reasonKey) {
        return new UndoConflict(change.entity(), change.key(), new MessageKey(reasonKey));
    }
}
