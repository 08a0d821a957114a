package io.storedesk.sync.odoo;

import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteStockLevel;
import io.storedesk.sync.remote.RemoteVariant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Odoo's product master and stock, in our records. */
final class OdooMapper {

    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

    private OdooMapper() {
    }

    /**
     * A product.product is one sellable item, so it becomes a product with a single variant, both keyed by the
     * product.product id (the template id would merge a template's variants into one record per page).
     */
    static RemoteProduct product(OdooProductRow row) {
        String id = String.valueOf(row.id());
        RemoteVariant variant = new RemoteVariant(id, row.defaultCode(), row.name(), row.salePrice(), row.barcode(),
                grams(row.weightKg()), null);
        return new RemoteProduct(id, row.name(), null, null, row.active() ? "active" : "archived",
                OdooValues.instant(row.writeDate()), List.of(variant));
    }

    /** Odoo keeps an unset weight as 0.0, so 0 means "not given" rather than weightless. */
    static Integer grams(BigDecimal kilograms) {
        if (kilograms == null || kilograms.signum() <= 0) {
            return null;
        }
        return kilograms.multiply(GRAMS_PER_KG).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * Available = on hand minus reserved, rounded down (never promise a fraction of a unit). It may be negative:
     * that is Odoo's own figure when it let stock go below zero. externalId = the quant id, so the levels of one
     * product at several locations (or lots) stay distinct; sku = the product's internal reference.
     */
    static RemoteStockLevel stockLevel(OdooQuantRow row, String sku) {
        BigDecimal onHand = row.quantity() == null ? BigDecimal.ZERO : row.quantity();
        BigDecimal reserved = row.reservedQuantity() == null ? BigDecimal.ZERO : row.reservedQuantity();
        long available = onHand.subtract(reserved).setScale(0, RoundingMode.FLOOR).longValueExact();
        String location = row.locationName() != null ? row.locationName()
                : row.locationId() == null ? null : String.valueOf(row.locationId());
        return new RemoteStockLevel(String.valueOf(row.id()), sku, location, available,
                OdooValues.instant(row.writeDate()));
    }
}
