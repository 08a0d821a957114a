package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * One product.product as search_read returns it. salePrice: lst_price (the template's list_price plus the
 * variant's extra) when Odoo gives it, else list_price. weightKg: Odoo's default weight unit; 0 = not set.
 */
record OdooProductRow(long id, String defaultCode, String name, BigDecimal salePrice, String barcode,
                      BigDecimal weightKg, Long templateId, String writeDate, boolean active) {

    static final String MODEL = "product.product";

    /** standard_price (cost) is not read: no record we map to carries a cost. */
    static final List<String> FIELDS = List.of("id", "default_code", "name", "list_price", "lst_price", "barcode",
            "weight", "product_tmpl_id", "write_date", "active");

    static OdooProductRow from(JsonNode row) {
        BigDecimal lstPrice = OdooValues.decimal(row.get("lst_price"));
        return new OdooProductRow(row.path("id").asLong(), OdooValues.text(row.get("default_code")),
                OdooValues.text(row.get("name")),
                lstPrice != null ? lstPrice : OdooValues.decimal(row.get("list_price")),
                OdooValues.text(row.get("barcode")), OdooValues.decimal(row.get("weight")),
                OdooValues.many2oneId(row.get("product_tmpl_id")), OdooValues.text(row.get("write_date")),
                !row.has("active") || row.get("active").asBoolean(true));
    }
}
