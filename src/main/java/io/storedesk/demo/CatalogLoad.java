package io.storedesk.demo;

import io.storedesk.catalog.BundleComponent;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.ChannelSku;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.importing.CsvRow;
import io.storedesk.importing.CsvTable;
import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierExclusion;
import io.storedesk.orders.CarrierRate;
import io.storedesk.orders.CarrierRepository;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.Promotion;
import io.storedesk.security.Role;
import io.storedesk.security.Team;
import io.storedesk.security.User;
import io.storedesk.security.UserRepository;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.Warehouse;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.ChannelRepository;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads the demo shop's reference data and catalog: warehouses to SKUs, carriers and staff. */
final class CatalogLoad {

    private final CatalogRepository catalog;
    private final StockRepository stock;
    private final OrderRepository orders;
    private final CarrierRepository carriers;
    private final ChannelRepository channels;
    private final UserRepository users;

    CatalogLoad(CatalogRepository catalog, StockRepository stock, OrderRepository orders, CarrierRepository carriers,
                ChannelRepository channels, UserRepository users) {
        this.catalog = catalog;
        this.stock = stock;
        this.orders = orders;
        this.carriers = carriers;
        this.channels = channels;
        this.users = users;
    }

    void load(DemoLoadContext ctx) {
        warehouses(ctx);
        channels(ctx);
        promotionsAndSuppliers(ctx);
        catalog(ctx);
        carriers(ctx);
        staff(ctx);
    }

    private void warehouses(DemoLoadContext ctx) {
        CsvTable table = ctx.table("warehouses.csv");
        ctx.warehouses.putAll(stock.insertWarehouses(table.rows().stream().map(r -> new Warehouse(0,
                r.required("code"), r.required("name"), r.required("province"), r.required("city"),
                r.optional("address"), r.integer("priority"), true)).toList()));
        ctx.advance(table.rows().size());
    }

    private void channels(DemoLoadContext ctx) {
        CsvTable table = ctx.table("channels.csv");
        ctx.channels.putAll(channels.insertChannels(table.rows().stream().map(r -> new Channel(0, r.required("code"),
                r.required("name"), r.enumValue("kind", ChannelKind.class), r.required("currency"),
                r.decimal("stock_ratio"), r.integer("stock_buffer"), true)).toList()));
        for (CsvRow r : table.rows()) {
            List<Long> eligible = new ArrayList<>();
            for (String code : splitList(r.text("warehouses"))) {
                Long id = ctx.warehouses.get(code);
                if (id == null) {
                    throw r.fail("warehouses", code, "import.reason.unknownReference");
                }
                eligible.add(id);
            }
            channels.setEligibleWarehouses(ctx.id(ctx.channels, r, "code"), eligible);
        }
        ctx.advance(table.rows().size());
    }

    private void promotionsAndSuppliers(DemoLoadContext ctx) {
        CsvTable promotions = ctx.table("promotions.csv");
        ctx.promotions.putAll(orders.insertPromotions(promotions.rows().stream().map(r -> new Promotion(0,
                r.required("code"), r.required("name"), ctx.shift.date(r.date("starts_on")),
                ctx.shift.date(r.date("ends_on")))).toList()));
        CsvTable suppliers = ctx.table("suppliers.csv");
        ctx.suppliers.putAll(stock.insertSuppliers(suppliers.rows().stream().map(r -> new Supplier(0,
                r.required("code"), r.required("name"), r.optional("contact"), r.optional("phone"),
                r.optional("province"), r.optional("city"), r.integer("lead_time_days"), r.required("currency")))
                .toList()));
        ctx.advance(promotions.rows().size() + suppliers.rows().size());
    }

    private void catalog(DemoLoadContext ctx) {
        CsvTable categories = ctx.table("categories.csv");
        List<CsvRow> top = categories.rows().stream().filter(r -> r.text("parent_code").isEmpty()).toList();
        Map<String, Long> categoryIds = catalog.insertCategories(top.stream().map(r -> new Category(0, null,
                r.required("code"), r.required("name"), r.integer("sort_order"))).toList());
        List<CsvRow> children = categories.rows().stream().filter(r -> !r.text("parent_code").isEmpty()).toList();
        List<Category> second = new ArrayList<>();
        for (CsvRow r : children) {
            second.add(new Category(0, ctx.id(categoryIds, r, "parent_code"), r.required("code"), r.required("name"),
                    r.integer("sort_order")));
        }
        Map<String, Long> allCategories = catalog.insertCategories(second);

        CsvTable products = ctx.table("products.csv");
        List<Product> newProducts = new ArrayList<>();
        for (CsvRow r : products.rows()) {
            newProducts.add(new Product(0, r.required("code"), r.required("title"),
                    ctx.optionalId(allCategories, r, "category_code"), r.optional("brand"),
                    splitList(r.text("tags").replace(',', ';')), 0));
        }
        Map<String, Long> productIds = catalog.insertProducts(newProducts);

        CsvTable skus = ctx.table("skus.csv");
        List<Sku> newSkus = new ArrayList<>();
        for (CsvRow r : skus.rows()) {
            String currency = r.required("currency");
            newSkus.add(new Sku(0, ctx.id(productIds, r, "product_code"), r.required("code"), r.optional("barcode"),
                    r.text("attributes"), new Money(r.decimal("price"), currency),
                    r.optionalDecimal("cost") == null ? null : new Money(r.decimal("cost"), currency),
                    r.optionalInteger("weight_grams"), r.optionalInteger("shelf_life_days"),
                    r.enumValue("lifecycle_stage", LifecycleStage.class), r.bool("listed"),
                    r.enumValue("kind", SkuKind.class), r.bool("bundle"), 0));
        }
        ctx.skus.putAll(catalog.insertSkus(newSkus));

        CsvTable bundles = ctx.table("bundle_components.csv");
        catalog.insertBundleComponents(bundles.rows().stream().map(r -> new BundleComponent(
                ctx.id(ctx.skus, r, "bundle_sku"), ctx.id(ctx.skus, r, "component_sku"), r.integer("quantity")))
                .toList());
        CsvTable mappings = ctx.table("channel_skus.csv");
        catalog.insertChannelSkus(mappings.rows().stream().map(r -> new ChannelSku(0, ctx.id(ctx.channels, r,
                "channel_code"), ctx.id(ctx.skus, r, "sku_code"), r.required("external_sku"),
                r.optional("external_product_id"), r.optional("external_variant_id"), r.bool("listed"))).toList());
        ctx.advance(categories.rows().size() + products.rows().size() + skus.rows().size() + bundles.rows().size()
                + mappings.rows().size());
    }

    private void carriers(DemoLoadContext ctx) {
        CsvTable table = ctx.table("carriers.csv");
        ctx.carriers.putAll(carriers.insertCarriers(table.rows().stream().map(r -> new Carrier(0,
                r.required("code"), r.required("name"), r.required("service"), r.integer("max_weight_grams"),
                LocalTime.parse(r.required("cutoff_time")), true)).toList()));
        Map<String, Long> ids = ctx.carriers;
        CsvTable rates = ctx.table("carrier_rates.csv");
        carriers.insertRates(rates.rows().stream().map(r -> new CarrierRate(ctx.id(ids, r, "carrier_code"),
                r.required("origin_province"), r.required("destination_province"), r.integer("first_weight_grams"),
                new Money(r.decimal("first_price"), DemoShop.CURRENCY),
                new Money(r.decimal("extra_price_per_kg"), DemoShop.CURRENCY), r.integer("transit_days"))).toList());
        CsvTable exclusions = ctx.table("carrier_exclusions.csv");
        carriers.insertExclusions(exclusions.rows().stream().map(r -> new CarrierExclusion(
                ctx.id(ids, r, "carrier_code"), r.required("province"), r.optional("city"), r.optional("reason")))
                .toList());
        ctx.advance(table.rows().size() + rates.rows().size() + exclusions.rows().size());
    }

    private void staff(DemoLoadContext ctx) {
        CsvTable teams = ctx.table("teams.csv");
        Map<String, Long> teamIds = users.insertTeams(teams.rows().stream().map(r -> new Team(0, r.required("code"),
                r.required("name"), r.optional("lead_user"))).toList());
        CsvTable table = ctx.table("users.csv");
        users.insertUsers(table.rows().stream().map(r -> new User(0, r.required("username"), r.required("display_name"),
                r.enumValue("role", Role.class), ctx.optionalId(teamIds, r, "team_code"),
                ctx.optionalId(ctx.warehouses, r, "warehouse_code"), true, r.bool("on_duty"),
                Set.copyOf(splitList(r.text("skills").replace(',', ';'))))).toList());
        ctx.advance(teams.rows().size() + table.rows().size());
    }

    static List<String> splitList(String text) {
        return text.isBlank() ? List.of()
                : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toList());
    }
}
