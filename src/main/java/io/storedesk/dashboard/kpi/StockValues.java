package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.StockKpiRepository.LedgerMark;
import io.storedesk.dashboard.kpi.StockKpiRepository.MovedAt;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The stock's value at cost now and at the start of any day, kept in memory from the ledger (decision 0037,
 * amendment). The ledger replays to the stock levels (V4), so the value now is the sum of every movement's change
 * × cost and the value at an instant is that less what moved since. Read whole on first use, then brought
 * forward by the movements added since (ids only grow); read whole again when the count says a movement came in
 * out of order or went, when a SKU changed (its cost may have), or when the shop's zone changed. Asking the store
 * on every report cost two reads of 100,000 rows, whatever the filter. What was read whole is kept on disk for the
 * next session, which starts from it as from a ledger of its own (decision 0038).
 */
final class StockValues {

    private final StockKpiRepository repository;
    private final Supplier<ZoneId> zone;
    private final RollupSnapshots.Kind<SavedLedger> snapshot;
    private Ledger ledger;

    StockValues(StockKpiRepository repository, Supplier<ZoneId> zone, RollupSnapshots snapshots) {
        this.repository = repository;
        this.zone = zone;
        this.snapshot = snapshots.kind("stock-ledger", SavedLedger.CODEC);
    }

    /** The value now, at the start of day `from` and at the start of the day after `to`; a warehouse or all. */
    synchronized Edges edges(Long warehouseId, LocalDate from, LocalDate to) {
        Ledger l = current();
        Map<LocalDate, BigDecimal> days = warehouseId == null ? l.allDays : l.byWarehouse.getOrDefault(warehouseId,
                new TreeMap<>());
        BigDecimal now = BigDecimal.ZERO;
        BigDecimal sinceFrom = BigDecimal.ZERO;
        BigDecimal sinceEnd = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : days.entrySet()) {
            now = now.add(day.getValue());
            if (!day.getKey().isBefore(from)) {
                sinceFrom = sinceFrom.add(day.getValue());
            }
            if (day.getKey().isAfter(to)) {
                sinceEnd = sinceEnd.add(day.getValue());
            }
        }
        return new Edges(now, now.subtract(sinceFrom), now.subtract(sinceEnd));
    }

    /** Stock value now, at a period's opening and at its closing. */
    record Edges(BigDecimal now, BigDecimal opening, BigDecimal closing) {
    }

    private Ledger current() {
        ZoneId z = zone.get();
        LedgerMark mark = repository.mark();
        Ledger l = ledger != null ? ledger : saved();
        if (l != null && l.zone.equals(z) && Objects.equals(l.costsChanged, mark.costsChanged())) {
            ledger = l;
            if (l.lastId == mark.lastId() && l.movements == mark.movements()) {
                return l;
            }
            List<MovedAt> added = repository.movedAfter(l.lastId);
            if (l.movements + added.stream().mapToLong(MovedAt::movements).sum() == mark.movements()) {
                l.add(added);
                return l;
            }
        }
        l = new Ledger(z, mark.costsChanged());
        l.add(repository.movedAfter(Long.MIN_VALUE));
        ledger = l;
        if (l.lastId > 0) {
            snapshot.write(l.lastId, new SavedLedger(l, repository.occurredAt(l.lastId)));
        }
        return l;
    }

    /**
     * The last session's ledger from its snapshot (decision 0038), if the movement it ends with is still the same
     * one: a store restored from a backup numbers its next movements again. What came after is added as usual.
     */
    private Ledger saved() {
        OptionalLong lastId = snapshot.savedGeneration();
        if (lastId.isEmpty()) {
            return null;
        }
        return snapshot.read(lastId.getAsLong())
                .filter(s -> s.ledger().lastId == lastId.getAsLong()
                        && Objects.equals(s.lastOccurredAt(), repository.occurredAt(s.ledger().lastId)))
                .map(SavedLedger::ledger)
                .orElse(null);
    }

    /** A ledger with the instant of the movement it ends with, as written to disk. */
    private record SavedLedger(Ledger ledger, Instant lastOccurredAt) {

        static final RollupSnapshots.Codec<SavedLedger> CODEC = new RollupSnapshots.Codec<>() {
            @Override
            public void write(SavedLedger saved, SnapshotOutput out) throws IOException {
                Ledger l = saved.ledger();
                out.writeString(l.zone.getId());
                writeInstant(l.costsChanged, out);
                writeInstant(saved.lastOccurredAt(), out);
                out.writeLong(l.movements);
                out.writeLong(l.lastId);
                writeDays(l.allDays, out);
                out.writeInt(l.byWarehouse.size());
                for (Map.Entry<Long, TreeMap<LocalDate, BigDecimal>> w : l.byWarehouse.entrySet()) {
                    out.writeLong(w.getKey());
                    writeDays(w.getValue(), out);
                }
            }

            @Override
            public SavedLedger read(SnapshotInput in) throws IOException {
                Ledger l = new Ledger(ZoneId.of(in.readString()), readInstant(in));
                Instant lastOccurredAt = readInstant(in);
                l.movements = in.readLong();
                l.lastId = in.readLong();
                readDays(l.allDays, in);
                for (int w = 0, n = in.readInt(); w < n; w++) {
                    readDays(l.byWarehouse.computeIfAbsent(in.readLong(), k -> new TreeMap<>()), in);
                }
                return new SavedLedger(l, lastOccurredAt);
            }
        };

        private static void writeInstant(Instant at, SnapshotOutput out) throws IOException {
            out.writeBoolean(at != null);
            if (at != null) {
                out.writeLong(at.getEpochSecond());
                out.writeInt(at.getNano());
            }
        }

        private static Instant readInstant(SnapshotInput in) throws IOException {
            return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        }

        private static void writeDays(Map<LocalDate, BigDecimal> days, SnapshotOutput out) throws IOException {
            out.writeInt(days.size());
            for (Map.Entry<LocalDate, BigDecimal> day : days.entrySet()) {
                out.writeLong(day.getKey().toEpochDay());
                out.writeString(day.getValue().toPlainString());
            }
        }

        private static void readDays(Map<LocalDate, BigDecimal> days, SnapshotInput in) throws IOException {
            for (int i = 0, n = in.readInt(); i < n; i++) {
                days.put(LocalDate.ofEpochDay(in.readLong()), new BigDecimal(in.readString()));
            }
        }
    }

    /** The value moved per day in the zone, for all warehouses and for each. */
    private static final class Ledger {
        final ZoneId zone;
        final Instant costsChanged;
        final TreeMap<LocalDate, BigDecimal> allDays = new TreeMap<>();
        final Map<Long, TreeMap<LocalDate, BigDecimal>> byWarehouse = new HashMap<>();
        long movements;
        long lastId = Long.MIN_VALUE;

        Ledger(ZoneId zone, Instant costsChanged) {
            this.zone = zone;
            this.costsChanged = costsChanged;
        }

        void add(List<MovedAt> moved) {
            for (MovedAt m : moved) {
                LocalDate day = LocalDate.ofInstant(m.occurredAt(), zone);
                allDays.merge(day, m.value(), BigDecimal::add);
                byWarehouse.computeIfAbsent(m.warehouseId(), w -> new TreeMap<>()).merge(day, m.value(),
                        BigDecimal::add);
                movements += m.movements();
                lastId = Math.max(lastId, m.lastId());
            }
        }
    }
}
