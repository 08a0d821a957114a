package io.storedesk.dashboard.kpi;

import io.storedesk.Services;

/** Lets tests outside this package fill a store with KpiStore's hand-computed orders. */
public final class KpiStoreAccess {

    private KpiStoreAccess() {
    }

    public static void fill(Services services) {
        new KpiStore(services).withOrders();
    }
}
