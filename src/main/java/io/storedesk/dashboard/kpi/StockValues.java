package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.StockKpiRepository.LedgerMark;
import io.storedesk.dashboard.kpi.StockKpiRepository.MovedAt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The stock's value at cost now and at the start of any day, kept in memory from the ledger (decision 0037,
 * amendment). The ledger replays to the stock levels (V4), so the value now is the sum of every movement's change
 * × cost and the value at an instant is that less what moved since. Read whole on first use, then brought
 * forward by the movements added since (ids only grow); read whole again when the count says a movement came in
 * out of order or went, when a SKU changed (its cost may have), or when the shop's zone changed. Asking the store
 * on every report cost two reads of 100,000 rows, whatever the filter.
 */
final class StockValues {

    private final StockKpiRepository repository;
    private final Supplier<ZoneId> zone;
    private Ledger ledger;

    StockValues(StockKpiRepository repository, Supplier<ZoneId> zone) {
        this.repository = repository;
        this.zone = zone;
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
        Ledger l = ledger;
        if (l != null && l.zone.equals(z) && Objects.equals(l.costsChanged, mark.costsChanged())) {
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
        return l;
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
