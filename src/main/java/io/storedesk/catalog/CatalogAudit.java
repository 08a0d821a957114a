package io.storedesk.catalog;

import io.storedesk.security.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** How catalog changes appear in the audit log: the entity names, the actions, and only the fields that changed. */
final class CatalogAudit {

    static final String SKU = "sku";
    static final String PRODUCT = "product";
    static final String EDIT = "catalog.edit";
    static final String BULK = "catalog.bulk";
    static final String UNDO = "catalog.undo";

    private CatalogAudit() {
    }

    static AuditLog.Change of(String action, Sku before, Sku after) {
        return change(action, SKU, before.code(), CatalogValues.of(before), CatalogValues.of(after));
    }

    static AuditLog.Change of(String action, Product before, Product after) {
        return change(action, PRODUCT, before.code(), CatalogValues.of(before), CatalogValues.of(after));
    }

    private static AuditLog.Change change(String action, String entity, String id, Map<String, String> before,
                                          Map<String, String> after) {
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                was.put(field, value);
                now.put(field, after.get(field));
            }
        });
        return new AuditLog.Change(action, entity, id, was, now);
    }
}
