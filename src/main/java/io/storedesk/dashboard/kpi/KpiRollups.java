package io.storedesk.dashboard.kpi;

import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the KPI rollups equal to what the orders say. rebuild() starts over; refreshOrders() redoes the
 * orders an import or a sync wrote or changed (and the days and customers they touch), in one transaction.
 * A change of the shop's time zone needs a rebuild (days are local to it).
 */
public final class KpiRollups {

    private static final int CHUNK = 1_000;

    private final KpiRollupRepository repository;
    private final ShopSettings shop;
    /** Beyond this many changed orders a catch-up rolls everything up again: one pass beats many small ones. */
    private static final int CATCH_UP_LIMIT = 20_000;

    private final Transactions transactions;
    private final Clock clock;

    public KpiRollups(KpiRollupRepository repository, ShopSettings shop, Transactions transactions, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Throws the rollups away and rolls up every order again. */
    public void rebuild() {
        Instant started = startOfWork();
        transactions.inTransaction(() -> {
            repository.clear();
            repository.insertAll(shop.zone());
            repository.saveWatermark(started);
        });
    }

    /**
     * Brings the rollups up to date with whatever wrote orders since the last build or catch-up (imports, sync,
     * after-sales refunds, an undone import): orders added or changed since, orders with new refunds, and
     * orders that are gone. Returns how many orders were rolled up again (−1 = everything was rebuilt).
     * Not covered: a change of SKU costs or categories, which needs refreshDays or a rebuild.
     */
    public int catchUp() {
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
            repository.saveWatermark(started);
        });
        return orders.size();
    }

    /** For store open: rebuilds when there are orders but no rollups (a store from before V15). */
    public boolean rebuildIfMissing() {
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
     * refunds). Call it in or after the transaction that wrote them.
     */
    public void refreshOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            Set<LocalDate> days = new TreeSet<>();
            Set<Long> customers = new TreeSet<>();
            for (List<Long> chunk : chunks(orderIds)) {
                days.addAll(repository.sliceDays(chunk));
                customers.addAll(repository.sliceCustomers(chunk));
                repository.replaceOrders(shop.zone(), chunk);
                days.addAll(repository.sliceDays(chunk));
                customers.addAll(repository.sliceCustomers(chunk));
            }
            refresh(days, customers);
        });
    }

    /** Rolls up the SKU figures of these days again (e.g. after a change of SKU costs or categories). */
    public void refreshDays(Collection<LocalDate> days) {
        transactions.inTransaction(() -> refresh(days, List.of()));
    }

    private void refresh(Collection<LocalDate> days, Collection<Long> customers) {
        for (LocalDate day : days) {
            repository.replaceSkuDay(shop.zone(), day);
        }
        for (List<Long> chunk : chunks(customers)) {
            repository.replaceCustomers(chunk);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
