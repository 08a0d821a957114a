package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads a push needs, one call per batch each: orders already there, partners, products by internal
 * reference, currencies. All are searches, so the transport may repeat them.
 */
final class OdooLookups {

    record Partner(long id, String name, String ref) {
    }

    /** uomId = the sales unit, purchaseUomId = the purchase unit (Odoo needs one on every order line). */
    record Product(long id, String sku, String displayName, Long uomId, Long purchaseUomId) {
    }

    private final OdooRpc rpc;

    OdooLookups(OdooRpc rpc) {
        this.rpc = rpc;
    }

    /** Our reference → the id of the order of that model that already carries it in field. */
    Map<String, Long> existingOrders(String model, String field, Collection<String> references) {
        Map<String, Long> found = new HashMap<>();
        for (JsonNode row : searchRead(model, List.of(List.of(field, "in", List.copyOf(references))),
                List.of("id", field))) {
            String reference = OdooValues.text(row.get(field));
            if (reference != null) {
                found.putIfAbsent(reference, row.path("id").asLong());
            }
        }
        return found;
    }

    List<Partner> partners(Collection<String> refs, Collection<String> names) {
        List<Object> domain = new ArrayList<>();
        if (!refs.isEmpty() && !names.isEmpty()) {
            domain.add("|");
        }
        if (!refs.isEmpty()) {
            domain.add(List.of("ref", "in", List.copyOf(refs)));
        }
        if (!names.isEmpty()) {
            domain.add(List.of("name", "in", List.copyOf(names)));
        }
        if (domain.isEmpty()) {
            return List.of();
        }
        return searchRead("res.partner", domain, List.of("id", "name", "ref")).stream()
                .map(row -> new Partner(row.path("id").asLong(), OdooValues.text(row.get("name")),
                        OdooValues.text(row.get("ref"))))
                .toList();
    }

    /** sku → every product.product with that internal reference (Odoo does not make it unique). */
    Map<String, List<Product>> productsBySku(Collection<String> skus) {
        Map<String, List<Product>> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        for (JsonNode row : searchRead(OdooProductRow.MODEL, List.of(List.of("default_code", "in", List.copyOf(skus))),
                List.of("id", "default_code", "display_name", "uom_id", "uom_po_id"))) {
            Product product = new Product(row.path("id").asLong(), OdooValues.text(row.get("default_code")),
                    OdooValues.text(row.get("display_name")), OdooValues.many2oneId(row.get("uom_id")),
                    OdooValues.many2oneId(row.get("uom_po_id")));
            if (product.sku() != null) {
                found.computeIfAbsent(product.sku(), k -> new ArrayList<>()).add(product);
            }
        }
        return found;
    }

    /** ISO code → id of the active res.currency (Odoo leaves most currencies inactive). */
    Map<String, Long> currencies(Collection<String> codes) {
        Map<String, Long> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        for (JsonNode row : searchRead("res.currency", List.of(List.of("name", "in", List.copyOf(codes))),
                List.of("id", "name"))) {
            found.put(OdooValues.text(row.get("name")), row.path("id").asLong());
        }
        return found;
    }

    /** product.product id → internal reference, for the products of one page of stock. */
    Map<Long, String> skusOf(Collection<Long> productIds) {
        Map<Long, String> found = new HashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("fields", List.of("id", "default_code"));
        // Archived products still have stock worth knowing about.
        kwargs.put("context", Map.of("active_test", false));
        JsonNode result = rpc.execute(OdooProductRow.MODEL, "search_read",
                List.of(List.of(List.of("id", "in", List.copyOf(productIds)))), kwargs, true);
        for (JsonNode row : OdooValues.records(result, OdooProductRow.MODEL)) {
            found.put(row.path("id").asLong(), OdooValues.text(row.get("default_code")));
        }
        return found;
    }

    private List<JsonNode> searchRead(String model, List<Object> domain, List<String> fields) {
        JsonNode result = rpc.execute(model, "search_read", List.of(domain), Map.of("fields", fields), true);
        return OdooValues.records(result, model);
    }
}
