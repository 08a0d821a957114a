package io.storedesk.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Facts about the demo shop that the generator writes and the loader reads. */
public final class DemoShop {

    public static final String SHOP_NAME = "贝贝乐母婴旗舰店";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String CURRENCY = "CNY";
    public static final long SEED = 20_261_120L;
    /** The demo's history ends on this day, at NOW; the loader moves it close to the real today. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    public static final LocalDateTime NOW = LAST_DAY.atTime(21, 30);
    public static final int DAYS = 200;
    public static final LocalDate FIRST_DAY = LAST_DAY.minusDays(DAYS - 1L);

    /** Where the files live inside the jar (the build copies sample-data/ there). */
    public static final String RESOURCE_DIR = "/sample-data/";

    /** Every file of the demo shop, in the order the loader reads them. */
    public static final List<String> FILES = List.of(
            "shop.csv", "warehouses.csv", "channels.csv", "promotions.csv", "suppliers.csv", "categories.csv",
            "products.csv", "skus.csv", "bundle_components.csv", "channel_skus.csv", "carriers.csv",
            "carrier_rates.csv", "carrier_exclusions.csv", "teams.csv", "users.csv", "customers.csv", "orders.csv",
            "order_lines.csv", "shipments.csv", "stock_settings.csv", "stock_levels.csv", "stock_batches.csv",
            "purchase_orders.csv", "reservations.csv", "tickets.csv", "ticket_lines.csv", "ticket_events.csv",
            "refunds.csv");

    private DemoShop() {
    }
}
