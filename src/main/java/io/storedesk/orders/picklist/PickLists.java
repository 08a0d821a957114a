package io.storedesk.orders.picklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups open parcel lines into pick lists: one per warehouse (by code), one row per SKU (by code) with the units
 * of every parcel summed, so a picker walks the shelves once and ticks each SKU off.
 */
public final class PickLists {

    private PickLists() {
    }

    public static List<PickList> group(List<PickSource> sources) {
        Map<String, Map<String, Row>> byWarehouse = new TreeMap<>();
        Map<String, String> warehouseNames = new TreeMap<>();
        for (PickSource s : sources) {
            warehouseNames.putIfAbsent(s.warehouseCode(), s.warehouseName());
            Row row = byWarehouse.computeIfAbsent(s.warehouseCode(), w -> new TreeMap<>())
                    .computeIfAbsent(s.skuCode(), sku -> new Row(s.title()));
            row.quantity += s.quantity();
            row.orders.add(s.orderNumber());
        }
        List<PickList> lists = new ArrayList<>();
        byWarehouse.forEach((warehouse, rows) -> {
            List<PickLine> lines = new ArrayList<>();
            rows.forEach((sku, row) -> lines.add(new PickLine(sku, row.title, row.quantity, List.copyOf(row.orders))));
            lists.add(new PickList(warehouse, warehouseNames.get(warehouse), lines));
        });
        return lists;
    }

    private static final class Row {
        private final String title;
        private final TreeSet<String> orders = new TreeSet<>();
        private int quantity;

        private Row(String title) {
            this.title = title == null ? "" : title;
        }
    }
}
