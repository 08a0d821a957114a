package io.storedesk.stock;

import io.storedesk.common.UserFacingException;
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
 * Decides, for every stocktake row, whether the count opens a position (NEW), corrects one (CHANGED),
 * agrees with the books (UNCHANGED) or is refused, and books the accepted counts in the ledger.
 */
final class StockCountPlan implements ImportPlan {

    /** An accepted count: where, the level as read (null: no position yet), what was counted and why. */
    private record Count(FilePosition position, StockLevel level, int counted, String note) {

        int onHand() {
            return level == null ? 0 : level.onHand();
        }
    }

    private final StockLedgerRepository repository;
    private final String user;
    private final Clock clock;
    private final List<RowOutcome> outcomes = new ArrayList<>();
    private final List<Count> counts = new ArrayList<>();

    StockCountPlan(List<StockCountRow> rows, FilePositions positions, StockLedgerRepository repository, String user,
                   Clock clock) {
        this.repository = repository;
        this.user = user;
        this.clock = clock;
        List<FilePosition> found = new ArrayList<>(rows.size());
        List<List<RowProblem>> problems = new ArrayList<>(rows.size());
        for (StockCountRow row : rows) {
            List<RowProblem> rowProblems = new ArrayList<>(row.problems());
            found.add(positions.resolve(row.row(), row.warehouse(), row.sku(), rowProblems).orElse(null));
            problems.add(rowProblems);
        }
        Map<PositionKey, StockLevel> levels = repository.levels(found.stream().filter(Objects::nonNull)
                .map(FilePosition::key).toList());
        for (int i = 0; i < rows.size(); i++) {
            outcomes.add(decide(rows.get(i), found.get(i), problems.get(i), levels, positions));
        }
    }

    private RowOutcome decide(StockCountRow row, FilePosition position, List<RowProblem> problems,
                              Map<PositionKey, StockLevel> levels, FilePositions positions) {
        if (position == null || !problems.isEmpty()) {
            return RowOutcome.refused(row.row(), FilePosition.label(row.warehouse(), row.sku()), problems);
        }
        StockLevel level = levels.get(position.key());
        Count count = new Count(position, level, row.counted(), row.note());
        if (count.counted() == count.onHand()) {
            return new RowOutcome(row.row(), position.label(), RowStatus.UNCHANGED, List.of(), List.of(), List.of());
        }
        int reserved = level == null ? 0 : level.reserved();
        if (count.counted() < reserved) {
            return RowOutcome.refused(row.row(), position.label(), List.of(positions.problem(row.row(), "counted",
                    String.valueOf(count.counted()), "import.reason.countBelowReserved", reserved, count.counted())));
        }
        counts.add(count);
        return new RowOutcome(row.row(), position.label(), level == null ? RowStatus.NEW : RowStatus.CHANGED,
                List.of(), List.of(), List.of(new FieldChange("on_hand", String.valueOf(count.onHand()),
                String.valueOf(count.counted()))));
    }

    @Override
    public List<RowOutcome> outcomes() {
        return outcomes;
    }

    @Override
    public void apply(ImportJobRecorder recorder, ImportProgress progress) {
        Instant now = clock.instant();
        List<OnHandChange> changes = counts.stream().map(c -> new OnHandChange(StocktakeEntries.counted(
                c.position().key(), c.onHand(), c.counted(), c.note(), recorder.jobId(), user, now),
                c.level() == null ? null : c.level().version())).toList();
        List<Movement> stale = repository.bookOnHand(changes);
        if (!stale.isEmpty()) {
            throw new UserFacingException("import.error.changedMeanwhile", stale.size());
        }
        for (Count c : counts) {
            recorder.record(StockCountUndo.change(c.position(), c.onHand(), c.counted(),
                    c.level() == null ? null : c.level().version(), recorder.jobId()));
        }
        progress.rowsApplied(counts.size());
    }
}
