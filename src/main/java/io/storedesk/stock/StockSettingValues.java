package io.storedesk.stock;

import io.storedesk.importing.FieldChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Stock settings as text: the maps import jobs record as before and after (and undo restores from), and the
 * changes the preview shows, field by field in the file's terms (the supplier by its code).
 */
final class StockSettingValues {

    private StockSettingValues() {
    }

    static Map<String, String> of(StockSetting s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sku_id", String.valueOf(s.skuId()));
        m.put("warehouse_id", String.valueOf(s.warehouseId()));
        m.put("supplier_id", text(s.supplierId()));
        m.put("safety_stock", text(s.safetyStock()));
        m.put("reorder_point", text(s.reorderPoint()));
        m.put("max_stock", text(s.maxStock()));
        m.put("lead_time_days", text(s.leadTimeDays()));
        m.put("moq", String.valueOf(s.moq()));
        m.put("pack_size", String.valueOf(s.packSize()));
        m.put("service_level", s.serviceLevel().toPlainString());
        return m;
    }

    static StockSetting setting(Map<String, String> m) {
        return new StockSetting(Long.parseLong(m.get("sku_id")), Long.parseLong(m.get("warehouse_id")),
                m.get("supplier_id") == null ? null : Long.valueOf(m.get("supplier_id")), integer(m, "safety_stock"),
                integer(m, "reorder_point"), integer(m, "max_stock"), integer(m, "lead_time_days"),
                Integer.parseInt(m.get("moq")), Integer.parseInt(m.get("pack_size")),
                new BigDecimal(m.get("service_level")));
    }

    /** The settings that differ, in the order of the import's fields; before null = a new row. */
    static List<FieldChange> changes(StockSetting before, StockSetting after, Function<Long, String> supplierCode) {
        Map<String, String> was = before == null ? Map.of() : shown(before, supplierCode);
        List<FieldChange> changes = new ArrayList<>();
        shown(after, supplierCode).forEach((field, value) -> {
            String old = was.getOrDefault(field, "");
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }

    private static Map<String, String> shown(StockSetting s, Function<Long, String> supplierCode) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("safety_stock", shownText(s.safetyStock()));
        m.put("reorder_point", shownText(s.reorderPoint()));
        m.put("max_stock", shownText(s.maxStock()));
        m.put("lead_time_days", shownText(s.leadTimeDays()));
        m.put("moq", String.valueOf(s.moq()));
        m.put("pack_size", String.valueOf(s.packSize()));
        // 0.95 and 0.9500 (as the column holds it) are one service level.
        m.put("service_level", s.serviceLevel().stripTrailingZeros().toPlainString());
        m.put("supplier", s.supplierId() == null ? "" : supplierCode.apply(s.supplierId()));
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String shownText(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static Integer integer(Map<String, String> m, String key) {
        return m.get(key) == null ? null : Integer.valueOf(m.get(key));
    }
}
