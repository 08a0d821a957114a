package io.storedesk.stock;

import io.storedesk.common.UserFacingException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.FieldChange;
import io.storedesk.importing.ImportJobRecorder;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, for every stock-settings row, whether it creates a position's settings, changes them, changes
 * nothing or is refused, and writes the accepted rows recording their before-values.
 */
final class StockSettingsPlan implements ImportPlan {

    /** An accepted row: where, the settings as stored (null: none yet) and as the row leaves them. */
    private record Planned(FilePosition position, StoredSetting before, StockSetting after) {
    }

    private final StockCodes codes;
    private final FilePositions positions;
    private final StockSettingRepository repository;
    private final String user;
    private final Clock clock;
    private final List<RowOutcome> outcomes = new ArrayList<>();
    private final List<Planned> created = new ArrayList<>();
    private final List<Planned> changed = new ArrayList<>();

    StockSettingsPlan(List<StockSettingsRow> rows, StockCodes codes, FilePositions positions,
                      StockSettingRepository repository, String user, Clock clock) {
        this.codes = codes;
        this.positions = positions;
        this.repository = repository;
        this.user = user;
        this.clock = clock;
        List<FilePosition> found = new ArrayList<>(rows.size());
        List<List<RowProblem>> problems = new ArrayList<>(rows.size());
        for (StockSettingsRow row : rows) {
            List<RowProblem> rowProblems = new ArrayList<>(row.problems());
            found.add(positions.resolve(row.row(), row.warehouse(), row.sku(), rowProblems).orElse(null));
            problems.add(rowProblems);
        }
        Map<PositionKey, StoredSetting> stored = repository.settings(found.stream().filter(Objects::nonNull)
                .map(FilePosition::key).toList());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(decide(rows.get(i), found.get(i), problems.get(i), stored));
        }
    }

    private RowOutcome decide(StockSettingsRow row, FilePosition position, List<RowProblem> problems,
                              Map<PositionKey, StoredSetting> stored) {
        Long supplierId = null;
        if (row.supplier().given() && !row.supplier().clear()) {
            supplierId = codes.supplier(row.supplier().value()).orElse(null);
            if (supplierId == null) {
                problems.add(positions.problem(row.row(), "supplier", row.supplier().value(),
                        "import.reason.unknownSupplier"));
            }
        }
        if (position == null || !problems.isEmpty()) {
            return RowOutcome.refused(row.row(), FilePosition.label(row.warehouse(), row.sku()), problems);
        }
        StoredSetting current = stored.get(position.key());
        StockSetting after = row.applyTo(current == null ? StockSettingsRow.defaults(position.key())
                : current.setting(), supplierId);
        if (after.reorderPoint() != null && after.maxStock() != null && after.reorderPoint() > after.maxStock()) {
            boolean reorderGiven = row.reorderPoint().given();
            return RowOutcome.refused(row.row(), position.label(), List.of(positions.problem(row.row(),
                    reorderGiven ? "reorder_point" : "max_stock",
                    String.valueOf(reorderGiven ? after.reorderPoint() : after.maxStock()),
                    "import.reason.reorderAboveMax", after.reorderPoint(), after.maxStock())));
        }
        if (current == null && !row.givesAnything()) {
            // Nothing to set: a position without settings already plans with the defaults.
            return new RowOutcome(row.row(), position.label(), RowStatus.UNCHANGED, List.of(), List.of(), List.of());
        }
        List<FieldChange> changes = StockSettingValues.changes(current == null ? null : current.setting(), after,
                codes::supplierCode);
        RowStatus status;
        if (current == null) {
            created.add(new Planned(position, null, after));
            status = RowStatus.NEW;
        } else if (changes.isEmpty()) {
            status = RowStatus.UNCHANGED;
        } else {
            changed.add(new Planned(position, current, after));
            status = RowStatus.CHANGED;
        }
        return new RowOutcome(row.row(), position.label(), status, List.of(), List.of(), changes);
    }

    @Override
    public List<RowOutcome> outcomes() {
        return outcomes;
    }

    @Override
    public void apply(ImportJobRecorder recorder, ImportProgress progress) {
        Instant now = clock.instant();
        // Settings someone created since they were read would collide with the new rows.
        int createdMeanwhile = repository.settings(created.stream().map(p -> p.position().key()).toList()).size();
        if (createdMeanwhile > 0) {
            throw new UserFacingException("import.error.changedMeanwhile", createdMeanwhile);
        }
        repository.insertSettings(created.stream().map(Planned::after).toList(), user, now);
        for (Planned p : created) {
            recorder.record(new ChangeRecord(StockSettingsUndo.ENTITY, p.position().label(),
                    ChangeRecord.Operation.INSERT, Map.of(), StockSettingValues.of(p.after()), 0));
        }
        List<StoredSetting> stale = repository.updateSettings(changed.stream()
                .map(p -> new StoredSetting(p.after(), p.before().version())).toList(), user, now);
        if (!stale.isEmpty()) {
            throw new UserFacingException("import.error.changedMeanwhile", stale.size());
        }
        for (Planned p : changed) {
            recorder.record(new ChangeRecord(StockSettingsUndo.ENTITY, p.position().label(),
                    ChangeRecord.Operation.UPDATE, StockSettingValues.of(p.before().setting()),
                    StockSettingValues.of(p.after()), p.before().version() + 1));
        }
        progress.rowsApplied(created.size() + changed.size());
    }
}
