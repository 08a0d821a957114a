package io.storedesk.sync.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** One stock.quant (a product's stock at one internal location, per lot/package) as search_read returns it. */
record OdooQuantRow(long id, Long productId, String productName, Long locationId, String locationName,
                    BigDecimal quantity, BigDecimal reservedQuantity, String writeDate) {

    static final String MODEL = "stock.quant";

    static final List<String> FIELDS = List.of("id", "product_id", "location_id", "quantity", "reserved_quantity",
            "write_date");

    /** Only stock held in the company's own locations, not at vendors, customers or in transit. */
    static final List<Object> DOMAIN = List.of(List.of("location_id.usage", "=", "internal"));

    static OdooQuantRow from(JsonNode row) {
        return new OdooQuantRow(row.path("id").asLong(), OdooValues.many2oneId(row.get("product_id")),
                OdooValues.many2oneName(row.get("product_id")), OdooValues.many2oneId(row.get("location_id")),
                OdooValues.many2oneName(row.get("location_id")), OdooValues.decimal(row.get("quantity")),
                OdooValues.decimal(row.get("reserved_quantity")), OdooValues.text(row.get("write_date")));
    }
}
