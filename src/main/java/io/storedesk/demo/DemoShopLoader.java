package io.storedesk.demo;

import io.storedesk.aftersales.TicketRepository;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.dashboard.kpi.KpiRollups;
import io.storedesk.importing.CsvRow;
import io.storedesk.importing.CsvTable;
import io.storedesk.orders.CarrierRepository;
import io.storedesk.orders.OrderRepository;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.UserRepository;
import io.storedesk.stock.StockRepositories;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.StatsRepository;
import io.storedesk.store.Transactions;
import io.storedesk.sync.ChannelRepository;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo shop's files into an empty store, all in one transaction: a failure leaves the
 * store as empty as it was. Dates move forward by whole days so the shop looks current. The KPI rollups
 * are built right after, so the dashboard's first open reads them instead of building them.
 */
public final class DemoShopLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoShopLoader.class);

    private final Transactions transactions;
    private final StatsRepository stats;
    private final SettingsRepository settings;
    private final CatalogLoad catalogLoad;
    private final OrderLoad orderLoad;
    private final StockLoad stockLoad;
    private final TicketLoad ticketLoad;
    private final KpiRollups rollups;
    private final Access access;
    private final Clock clock;

    public DemoShopLoader(Transactions transactions, CatalogRepository catalog, StockRepositories stock,
                          OrderRepository orders, CarrierRepository carriers, TicketRepository tickets,
                          ChannelRepository channels, UserRepository users, SettingsRepository settings,
                          StatsRepository stats, KpiRollups rollups, Clock clock, Access access) {
        this.access = access;
        this.rollups = rollups;
        this.transactions = transactions;
        this.stats = stats;
        this.settings = settings;
        this.catalogLoad = new CatalogLoad(catalog, stock.stock(), orders, carriers, channels, users);
        this.orderLoad = new OrderLoad(orders);
        this.stockLoad = new StockLoad(stock);
        this.ticketLoad = new TicketLoad(tickets, orders);
        this.clock = clock;
    }

    /** Loads the demo shop; refused (nothing changed) when the store already holds a shop. */
    public DemoLoadResult load(DemoSource source, LoadProgress progress) {
        access.require(Permission.SETTINGS);
        if (!stats.isEmpty()) {
            throw new RefusedInputException("demo.error.notEmpty");
        }
        Map<String, CsvTable> tables = read(source);
        Map<String, String> shop = new LinkedHashMap<>();
        for (CsvRow row : tables.get("shop.csv").rows()) {
            shop.put(row.required("setting"), row.text("value"));
        }
        ZoneId zone = ZoneId.of(shop.get("time_zone"));
        LocalDateTime demoNow = LocalDateTime.parse(shop.get("now").replace(' ', 'T'));
        DemoTimeShift shift = DemoTimeShift.towards(demoNow, LocalDateTime.now(clock.withZone(zone)), zone);
        DemoLoadContext ctx = new DemoLoadContext(tables, shift, shift.instant(demoNow), progress);
        long started = System.nanoTime();
        transactions.inTransaction(() -> {
            settings.put(ShopSettings.SHOP_NAME, shop.get("shop_name"), DemoLoadContext.USER);
            settings.put(ShopSettings.CURRENCY, shop.get("currency"), DemoLoadContext.USER);
            settings.put(ShopSettings.TIME_ZONE, zone.getId(), DemoLoadContext.USER);
            settings.put("demo.shifted_days", String.valueOf(shift.days()), DemoLoadContext.USER);
            ctx.advance(tables.get("shop.csv").rows().size());
            catalogLoad.load(ctx);
            orderLoad.load(ctx);
            stockLoad.load(ctx);
            ticketLoad.load(ctx);
        });
        // After the load's commit, so the rollups' watermark comes after every row it stamped.
        progress.finishing();
        rollups.rebuild();
        LOG.info("Demo shop loaded: {} rows, dates moved {} days, {} ms", ctx.total(), shift.days(),
                (System.nanoTime() - started) / 1_000_000);
        return new DemoLoadResult(ctx.total(), shift.days());
    }

    private static Map<String, CsvTable> read(DemoSource source) {
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (String file : DemoShop.FILES) {
            try (InputStream in = source.open(file)) {
                tables.put(file, CsvTable.read(file, in));
            } catch (IOException e) {
                throw new UserFacingException(e, "demo.error.read", file, e.getMessage());
            }
        }
        return tables;
    }
}
