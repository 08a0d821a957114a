package io.storedesk.stock;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.UndoConflict;
import io.storedesk.importing.UndoHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Undo of stock-settings imports: puts back the values they changed and removes the rows they created. */
final class StockSettingsUndo implements UndoHandler {

    static final String ENTITY = "stock_setting";

    private final StockSettingRepository repository;
    private final Clock clock;

    StockSettingsUndo(StockSettingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String entity() {
        return ENTITY;
    }

    @Override
    public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
        Map<PositionKey, StoredSetting> now = current(changes);
        List<UndoConflict> conflicts = new ArrayList<>();
        for (ChangeRecord change : changes) {
            StoredSetting stored = now.get(key(change));
            if (stored == null) {
                conflicts.add(conflict(change, "import.reason.undoGone"));
            } else if (change.versionAfter() == null || stored.version() != change.versionAfter()) {
                conflicts.add(conflict(change, "import.reason.undoChangedSince"));
            }
        }
        return conflicts;
    }

    @Override
    public void undo(List<ChangeRecord> changes, String user) {
        Map<PositionKey, StoredSetting> now = current(changes);
        List<StoredSetting> delete = new ArrayList<>();
        List<StoredSetting> restore = new ArrayList<>();
        for (ChangeRecord change : changes) {
            StoredSetting stored = now.get(key(change));
            if (change.operation() == ChangeRecord.Operation.INSERT) {
                delete.add(stored);
            } else {
                restore.add(new StoredSetting(StockSettingValues.setting(change.before()), stored.version()));
            }
        }
        int stale = repository.deleteSettings(delete).size()
                + repository.updateSettings(restore, user, clock.instant()).size();
        if (stale > 0) {
            throw new RefusedInputException("import.error.changedMeanwhile", stale);
        }
    }

    private Map<PositionKey, StoredSetting> current(List<ChangeRecord> changes) {
        return repository.settings(changes.stream().map(StockSettingsUndo::key).toList());
    }

    private static PositionKey key(ChangeRecord change) {
        return new PositionKey(Long.parseLong(change.after().get("sku_id")),
                Long.parseLong(change.after().get("warehouse_id")));
    }

    private static UndoConflict conflict(ChangeRecord change, String reasonKey) {
        return new UndoConflict(change.entity(), change.key(), new MessageKey(reasonKey));
    }
}
