package io.storedesk.dashboard.kpi;

import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
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
    private final Transactions transactions;

    public KpiRollups(KpiRollupRepository repository, ShopSettings shop, Transactions transactions) {
        this.repository = repository;
        this.shop = shop;
        this.transactions = transactions;
    }

    /** Throws the rollups away and rolls up every order again. */
    public void rebuild() {
        transactions.inTransaction(() -> {
            repository.clear();
            repository.insertAll(shop.zone());
        });
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
