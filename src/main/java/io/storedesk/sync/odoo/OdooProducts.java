package io.storedesk.sync.odoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The products of one push batch by internal reference; a SKU that is missing or not unique refuses its order. */
final class OdooProducts {

    private final Map<String, List<OdooLookups.Product>> bySku;

    OdooProducts(Map<String, List<OdooLookups.Product>> bySku) {
        this.bySku = Map.copyOf(bySku);
    }

    /** The SKUs that do not name exactly one Odoo product. */
    List<String> missing(List<String> skus) {
        List<String> missing = new ArrayList<>();
        for (String sku : skus) {
            if ((sku == null || bySku.getOrDefault(sku, List.of()).size() != 1) && !missing.contains(sku)) {
                missing.add(sku);
            }
        }
        return missing;
    }

    String refusal(List<String> skus) {
        List<String> unknown = skus.stream().filter(s -> s == null || !bySku.containsKey(s)).toList();
        List<String> ambiguous = skus.stream().filter(s -> s != null && bySku.containsKey(s)).toList();
        StringBuilder text = new StringBuilder();
        if (!unknown.isEmpty()) {
            text.append("Odoo has no product with internal reference ").append(String.join(", ",
                    unknown.stream().map(s -> s == null ? "(blank)" : s).toList()));
        }
        if (!ambiguous.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append("several Odoo products share the internal reference ")
                    .append(String.join(", ", ambiguous));
        }
        return text.toString();
    }

    OdooLookups.Product only(String sku) {
        return bySku.get(sku).get(0);
    }
}
