package io.storedesk.catalog;

import io.storedesk.common.Money;
import io.storedesk.importing.FieldChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SKUs and products as text maps: what import jobs record as before and after, what undo restores from,
 * and what the preview shows as changes.
 */
final class CatalogValues {

    private CatalogValues() {
    }

    static Map<String, String> of(Sku s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("product_id", s.productId() == 0 ? null : String.valueOf(s.productId()));
        m.put("barcode", s.barcode());
        m.put("attributes", s.attributes());
        m.put("price", s.price().amount().toPlainString());
        m.put("cost", s.cost() == null ? null : s.cost().amount().toPlainString());
        m.put("currency", s.price().currency());
        m.put("weight", s.weightGrams() == null ? null : s.weightGrams().toString());
        m.put("shelf_life", s.shelfLifeDays() == null ? null : s.shelfLifeDays().toString());
        m.put("stage", s.stage().name());
        m.put("listed", String.valueOf(s.listed()));
        m.put("kind", s.kind().name());
        return m;
    }

    static Map<String, String> of(Product p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("category", p.categoryId() == null ? null : p.categoryId().toString());
        m.put("brand", p.brand());
        m.put("tags", String.join(",", p.tags()));
        return m;
    }

    /**
     * The row as it was before an update: its values now with the recorded before-values over them. Jobs record
     * the fields an update changed (older jobs every field); undo only runs while the row is as the job left it,
     * so the fields not recorded are the ones the update did not change.
     */
    static Map<String, String> withBefore(Map<String, String> now, Map<String, String> before) {
        Map<String, String> values = new LinkedHashMap<>(now);
        values.putAll(before);
        return values;
    }

    /** The SKU a job's before-values describe, with the given identity and version. */
    static Sku sku(long id, String code, int version, Map<String, String> m) {
        String currency = m.get("currency");
        return new Sku(id, Long.parseLong(m.get("product_id")), code, m.get("barcode"),
                Objects.requireNonNullElse(m.get("attributes"), ""), new Money(new BigDecimal(m.get("price")), currency),
                m.get("cost") == null ? null : new Money(new BigDecimal(m.get("cost")), currency),
                m.get("weight") == null ? null : Integer.valueOf(m.get("weight")),
                m.get("shelf_life") == null ? null : Integer.valueOf(m.get("shelf_life")),
                LifecycleStage.valueOf(m.get("stage")), Boolean.parseBoolean(m.get("listed")),
                SkuKind.valueOf(m.get("kind")), false, version);
    }

    static Product product(long id, String code, int version, Map<String, String> m) {
        return new Product(id, code, m.get("title"), m.get("category") == null ? null : Long.valueOf(m.get("category")),
                m.get("brand"), splitTags(m.get("tags")), version);
    }

    /** The fields whose values differ (product_id ignored: it is not something a person sets). */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String key = e.getKey();
            if (key.equals("product_id") || key.equals("currency") || key.equals("kind")) {
                continue;
            }
            String was = before.get(key);
            if (!sameValue(was, e.getValue())) {
                changes.add(new FieldChange(key, was, e.getValue()));
            }
        }
        return changes;
    }

    /** 12.5 and 12.50 are one price; "" and no value are one text. */
    private static boolean sameValue(String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (x.equals(y)) {
            return true;
        }
        try {
            return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<String> splitTags(String tags) {
        return tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
