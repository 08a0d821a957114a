package io.storedesk.dashboard.kpi;

import io.storedesk.store.Chunks;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps the KPI rollups equal to what the orders say. rebuild() starts over; refreshOrders() redoes the days
 * of the orders an import or a sync wrote or changed (and the customers they touch), in one transaction, writing
 * only the rows that differ from what is stored (RollupDayDiff).
 * A change of the shop's time zone needs a rebuild (days are local to it). Every change gives the rollups a
 * new generation, by which readers know that what they keep in memory is stale (KpiSliceIndex); a catch-up also
 * records the days it rolled up again, so that they re-read only those (V34). One change at a time: the window's
 * upkeep (RollupUpkeep) and the dashboard may both ask to catch up, and two catch-ups would write the same rows.
 */
public final class KpiRollups {

    /** Orders read at a time by a build: their lines fit in memory, on the database's side too. */
    private static final int ORDERS_PER_READ = 10_000;
    /** Beyond this many changed orders a catch-up rolls everything up again: one pass beats many small ones. */
    private static final int CATCH_UP_LIMIT = 20_000;
    /**
     * Beyond this many days to roll up again, everything is: a day's orders are found through the index of
     * placement times, which costs a lookup per order, where a whole build reads them in the order stored.
     */
    private static final int REROLL_DAYS_LIMIT = 31;

    private final KpiRollupRepository repository;
    private final ShopSettings shop;
    private final Transactions transactions;
    private final Clock clock;

    public KpiRollups(KpiRollupRepository repository, ShopSettings shop, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Throws the rollups away and rolls up every order again. */
    public synchronized void rebuild() {
        Instant started = startOfWork();
        ZoneId zone = shop.zone();
        transactions.inTransaction(() -> {
            rollUpEverything(zone);
            repository.saveWatermark(started, newGeneration());
        });
    }

    /** Reads the lines order by order, a range of ids at a time: in the order they are stored, fastest on H2. */
    private void rollUpEverything(ZoneId zone) {
        repository.clear();
        KpiRollupBuilder builder = new KpiRollupBuilder(zone, repository.skuFacts());
        long[] ids = repository.orderIdRange();
        for (long from = ids == null ? 1 : ids[0]; ids != null && from <= ids[1]; from += ORDERS_PER_READ) {
            builder.add(repository.linesOfOrders(from, Math.min(ids[1], from + ORDERS_PER_READ - 1)));
            write(builder);
        }
        repository.insertSales(builder.sales());
        repository.insertFirstDays(builder.firstDays());
        repository.insertAllRefunds(zone);
    }

    /**
     * Brings the rollups up to date with whatever wrote orders since the last build or catch-up (imports, sync,
     * after-sales refunds, an undone import): orders added or changed since, orders with new refunds, and
     * orders that are gone. Returns how many orders were rolled up again (−1 = everything was rebuilt).
     * Not covered: a change of SKU costs or categories, which needs refreshDays or a rebuild.
     */
    public synchronized int catchUp() {
        KpiRollupRepository.Watermark w = repository.watermark();
        if (w == null) {
            rebuild();
            return -1;
        }
        Instant started = startOfWork();
        Set<Long> orders = new TreeSet<>(repository.ordersChangedSince(w));
        if (repository.orderCount() < w.orderCount() + repository.ordersAddedSince(w)) {
            orders.addAll(repository.ordersGone());
        }
        if (orders.size() > CATCH_UP_LIMIT) {
            rebuild();
            return -1;
        }
        transactions.inTransaction(() -> {
            refreshOrders(orders);
            repository.saveWatermark(started, orders.isEmpty() ? w.generation() : repository.generation());
        });
        return orders.size();
    }

    /** For store open: rebuilds when there are orders but no rollups (a store from before V15 or V32). */
    public synchronized boolean rebuildIfMissing() {
        if (repository.isEmpty() && repository.hasOrders()) {
            rebuild();
            return true;
        }
        return false;
    }

    /**
     * When this work began, by the earlier of our clock and the database's: rows are stamped by either, and a
     * change stamped a moment before the work must count as after the watermark, not be missed.
     */
    private Instant startOfWork() {
        Instant ours = clock.instant();
        Instant database = repository.databaseNow();
        return ours.isBefore(database) ? ours : database;
    }

    /**
     * Rolls these orders up again after they were inserted, changed or deleted (with their lines and
     * refunds): every day they were or are placed on, their refunds and their customers' first days. Call it
     * in or after the transaction that wrote them.
     */
    public synchronized void refreshOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        ZoneId zone = shop.zone();
        transactions.inTransaction(() -> {
            Set<LocalDate> days = new TreeSet<>();
            Set<Long> customers = new TreeSet<>();
            List<List<Long>> chunks = Chunks.of(orderIds);
            for (List<Long> chunk : chunks) {
                days.addAll(repository.sliceDays(chunk));
                customers.addAll(repository.sliceCustomers(chunk));
                repository.placedAt(chunk).forEach(placed -> days.add(LocalDate.ofInstant(placed, zone)));
            }
            if (days.size() > REROLL_DAYS_LIMIT) {
                rollUpEverything(zone);
                repository.saveGeneration(newGeneration());
                return;
            }
            reroll(days, zone);
            for (List<Long> chunk : chunks) {
                repository.replaceRefunds(zone, chunk);
                customers.addAll(repository.sliceCustomers(chunk));
            }
            for (List<Long> chunk : Chunks.of(customers)) {
                repository.replaceCustomers(chunk, zone);
            }
            saveChange(days);
        });
    }

    /** Rolls up the orders of these days again (e.g. after a change of SKU costs or categories). */
    public synchronized void refreshDays(Collection<LocalDate> days) {
        transactions.inTransaction(() -> {
            Set<LocalDate> rerolled = new TreeSet<>(days);
            reroll(rerolled, shop.zone());
            saveChange(rerolled);
        });
    }

    /** A new generation, recorded as these days' change to the one before (the in-memory copies re-read them). */
    private void saveChange(Set<LocalDate> days) {
        long previous = repository.generation();
        long generation = newGeneration();
        repository.saveGeneration(generation);
        if (previous != 0) {
            repository.saveChange(previous, generation, days, clock.instant());
        }
    }

    /**
     * Rolls the days up again, writing only what differs from their stored rows (RollupDayDiff) but for kpi_sales,
     * a few hundred rows a day, which are written again.
     */
    private void reroll(Set<LocalDate> days, ZoneId zone) {
        if (days.isEmpty()) {
            return;
        }
        KpiRollupBuilder builder = new KpiRollupBuilder(zone, repository.skuFacts());
        for (LocalDate day : days) {
            builder.add(repository.linesPlaced(day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant()));
            var slices = RollupDayDiff.slices(day, repository.slicesOn(day), builder.takeSlices());
            repository.deleteSlices(slices.deleted());
            repository.insertSlices(slices.inserted());
            var skuDays = RollupDayDiff.skuDays(day, repository.skuDaysOn(day), builder.takeSkuDays());
            repository.deleteSkuDays(skuDays.deleted());
            repository.insertSkuDays(skuDays.inserted());
        }
        repository.deleteSales(days);
        repository.insertSales(builder.sales());
    }

    private void write(KpiRollupBuilder builder) {
        repository.insertSlices(builder.takeSlices());
        repository.insertSkuDays(builder.takeSkuDays());
    }

    /** Any number but 0 (never built), different from the last one but for a chance of one in 2^64. */
    private static long newGeneration() {
        long generation = 0;
        while (generation == 0) {
            generation = ThreadLocalRandom.current().nextLong();
        }
        return generation;
    }
}
