package io.storedesk.demo;

import io.storedesk.demo.DemoCatalog.Sku;
import io.storedesk.demo.DemoReference.Warehouse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which warehouse stocks which SKU. Shanghai and Guangzhou carry everything; the regional warehouses
 * carry a share of the range, the better sellers first, so some orders must split or ship from afar.
 */
final class DemoAssortment {

    private static final Map<String, Double> SHARE = Map.of("WH-SH", 1.0, "WH-GZ", 1.0, "WH-BJ", 0.75,
            "WH-CD", 0.55, "WH-WH", 0.55, "WH-XA", 0.3);

    private final Map<String, Set<String>> stocked = new LinkedHashMap<>();

    DemoAssortment(DemoCatalog catalog) {
        DemoRandom random = new DemoRandom(DemoShop.SEED, "assortment");
        List<Sku> stockable = catalog.skus().stream().filter(Sku::isStocked).toList();
        for (Warehouse w : DemoReference.WAREHOUSES) {
            Set<String> codes = new LinkedHashSet<>();
            double share = SHARE.get(w.code());
            for (Sku sku : stockable) {
                // Better sellers are likelier to be carried regionally.
                double chance = Math.min(1.0, share * (0.6 + Math.min(1.2, sku.demand())));
                if (share >= 1.0 || random.chance(chance)) {
                    codes.add(sku.code());
                }
            }
            stocked.put(w.code(), codes);
        }
    }

    boolean stocks(String warehouse, Sku sku) {
        if (sku.bundle()) {
            return warehouse.equals("WH-SH") || warehouse.equals("WH-GZ");
        }
        return stocked.get(warehouse).contains(sku.code());
    }

    /** Warehouse codes carrying the SKU, in warehouse priority order. */
    List<String> warehousesOf(Sku sku) {
        return DemoReference.WAREHOUSES.stream().map(Warehouse::code).filter(w -> stocks(w, sku)).toList();
    }
}
