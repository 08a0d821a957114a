package io.storedesk.sync.odoo;

import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.remote.PurchaseOrderPush;
import io.storedesk.sync.remote.SalesOrderPush;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Credentials and pushes that FakeOdoo's fixtures accept. */
final class OdooSamples {

    static final ChannelCredentials GOOD = new ChannelCredentials(FakeOdoo.LOGIN, FakeOdoo.API_KEY, FakeOdoo.DATABASE);
    static final ChannelCredentials WRONG_KEY = new ChannelCredentials(FakeOdoo.LOGIN, "not-the-key", FakeOdoo.DATABASE);

    private OdooSamples() {
    }

    /** Supplier by reference, in EUR, two lines. */
    static PurchaseOrderPush purchaseOrder(String key, String code) {
        return new PurchaseOrderPush(key, code, "SUP-AZURE", "Azure Interior", "WH", LocalDate.of(2024, 6, 10), "EUR",
                List.of(new PurchaseOrderPush.Line("FURN_0096", 10, new BigDecimal("480.00")),
                        new PurchaseOrderPush.Line("E-COM07", 4, new BigDecimal("790.00"))));
    }

    /** Supplier known to Odoo by name only. */
    static PurchaseOrderPush purchaseOrderByName(String key, String code) {
        return new PurchaseOrderPush(key, code, null, "Wood Corner", "WH", LocalDate.of(2024, 6, 12), null,
                List.of(new PurchaseOrderPush.Line("FURN_7777", 20, new BigDecimal("55.00"))));
    }

    static SalesOrderPush salesOrder(String key, String orderRef) {
        return new SalesOrderPush(key, orderRef, "Taobao buyers", Instant.parse("2024-06-02T03:04:05Z"), "CNY",
                List.of(new SalesOrderPush.Line("SD-MUG-01", 2, new BigDecimal("69.00"))));
    }
}
