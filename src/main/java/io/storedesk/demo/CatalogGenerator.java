package io.storedesk.demo;

import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.SkuKind;
import io.storedesk.demo.CatalogPlan.Axis;
import io.storedesk.demo.CatalogPlan.ProductLine;
import io.storedesk.demo.CatalogPlan.TopCategory;
import io.storedesk.demo.CatalogPlan.Variant;
import io.storedesk.demo.DemoCatalog.Bundle;
import io.storedesk.demo.DemoCatalog.Component;
import io.storedesk.demo.DemoCatalog.Product;
import io.storedesk.demo.DemoCatalog.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the demo assortment from {@link CatalogPlan}: categories, products, SKUs, bundles. */
final class CatalogGenerator {

    private final DemoRandom random = new DemoRandom(DemoShop.SEED, "catalog");
    private int barcodeSequence;

    DemoCatalog generate() {
        List<Product> products = new ArrayList<>();
        List<Sku> skus = new ArrayList<>();
        for (ProductLine line : CatalogPlan.LINES) {
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < line.products(); i++) {
                Product product = product(line, i, titles);
                products.add(product);
                skus.addAll(skusOf(product, line));
            }
        }
        Product presale = presaleProduct();
        products.add(presale);
        skus.addAll(presaleSkus(presale));
        List<Bundle> bundles = bundles(skus);
        products.add(bundles.get(0).sku().product());
        bundles.forEach(b -> skus.add(b.sku()));
        Product services = new Product("QT01-001", "运费与优惠", "QT01", "QT", "", "", LifecycleStage.MATURE, false);
        products.add(services);
        skus.add(serviceSku(services, "POSTAGE", "运费补差", SkuKind.SHIPPING, "10.00"));
        skus.add(serviceSku(services, "COUPON", "店铺优惠券", SkuKind.DISCOUNT, "0.00"));
        return new DemoCatalog(List.copyOf(products), List.copyOf(skus), bundles);
    }

    void write(DemoCatalog catalog, DemoFiles files) {
        DemoTable categories = files.table("categories.csv", "code", "parent_code", "name", "sort_order");
        int order = 0;
        for (TopCategory top : CatalogPlan.TOPS) {
            categories.add(top.code(), "", top.name(), ++order);
            for (ProductLine line : CatalogPlan.LINES) {
                if (line.top().equals(top.code())) {
                    categories.add(line.code(), top.code(), line.name(), ++order);
                }
            }
            if (top.code().equals("LH")) {
                categories.add("LH01", "LH", "礼盒套装", ++order);
            } else if (top.code().equals("QT")) {
                categories.add("QT01", "QT", "运费与优惠", ++order);
            }
        }
        DemoTable products = files.table("products.csv", "code", "title", "category_code", "brand", "tags");
        catalog.products().forEach(p -> products.add(p.code(), p.title(), p.categoryCode(), p.brand(), p.tags()));
        DemoTable skus = files.table("skus.csv", "code", "product_code", "barcode", "attributes", "price", "cost",
                "currency", "weight_grams", "shelf_life_days", "lifecycle_stage", "listed", "kind", "bundle");
        for (Sku s : catalog.skus()) {
            skus.add(s.code(), s.product().code(), s.barcode(), s.attributes(), s.price(), s.cost(),
                    DemoShop.CURRENCY, s.weightGrams(), s.shelfLifeDays(), s.stage(), s.listed(), s.kind(),
                    s.bundle());
        }
        DemoTable components = files.table("bundle_components.csv", "bundle_sku", "component_sku", "quantity");
        for (Bundle b : catalog.bundles()) {
            b.components().forEach(c -> components.add(b.sku().code(), c.sku().code(), c.quantity()));
        }
    }

    private Product product(ProductLine line, int index, Set<String> titles) {
        String brand;
        String series;
        String title;
        do {
            brand = random.pick(CatalogPlan.BRANDS);
            series = random.pick(CatalogPlan.SERIES);
            title = brand + " " + series + line.stem();
        } while (!titles.add(title));
        double r = random.unit();
        double declineShare = line.apparel() ? 0.22 : 0.1;
        LifecycleStage stage = r < 0.08 ? LifecycleStage.INTRO : r < 0.22 ? LifecycleStage.GROWTH
                : r < 1 - declineShare ? LifecycleStage.MATURE : LifecycleStage.DECLINE;
        String code = line.code() + "-" + String.format(Locale.ROOT, "%03d", index + 1);
        return new Product(code, title, line.code(), line.top(), brand, line.tags(), stage, line.apparel());
    }

    private List<Sku> skusOf(Product product, ProductLine line) {
        double popularity = StrictMath.exp(0.6 * random.gaussian());
        double priceLevel = random.between(0.85, 1.2);
        LocalDate salesFrom = product.stage() == LifecycleStage.INTRO
                ? DemoShop.LAST_DAY.minusDays(random.between(10, 45)) : null;
        LocalDate salesUntil = product.stage() == LifecycleStage.DECLINE && random.chance(0.6)
                ? DemoShop.LAST_DAY.minusDays(random.between(61, 120)) : null;
        String supplier = supplierOf(line.top());
        List<Sku> skus = new ArrayList<>();
        List<List<Variant>> combinations = combinations(line.axes());
        for (int i = 0; i < combinations.size(); i++) {
            List<Variant> combination = combinations.get(i);
            double priceFactor = 1;
            double weightFactor = 1;
            double demandFactor = 1;
            List<String> attributes = new ArrayList<>();
            for (int a = 0; a < combination.size(); a++) {
                Variant variant = combination.get(a);
                priceFactor *= variant.priceFactor();
                weightFactor *= variant.weightFactor();
                demandFactor *= variant.demandFactor();
                if (!line.axes().get(a).variants().get(0).label().equals("标准款")) {
                    attributes.add(line.axes().get(a).name() + "=" + variant.label());
                }
            }
            BigDecimal price = retailPrice(line.basePrice() * priceFactor * priceLevel);
            BigDecimal cost = DemoFormat.money(price.doubleValue() * line.costRatio() * random.between(0.92, 1.08));
            double demand = line.demand() * demandFactor * popularity * random.between(0.6, 1.4);
            boolean listed = product.stage() != LifecycleStage.DECLINE || random.chance(0.5);
            String code = product.code() + "-" + String.format(Locale.ROOT, "%02d", i + 1);
            skus.add(new Sku(code, product, String.join(";", attributes), nextBarcode(), price, cost,
                    (int) Math.round(line.weightGrams() * weightFactor), line.shelfLifeDays(), product.stage(), listed,
                    SkuKind.GOODS, false, demand, salesFrom, salesUntil, false, line.packSize(), supplier));
        }
        return skus;
    }

    /** A new winter sleeping bag sold on presale before its stock arrives: reserved beyond what is on hand. */
    private Product presaleProduct() {
        return new Product("TZ02-PRE", "贝贝乐 恒温加厚防踢睡袋(预售)", "TZ02", "TZ", "贝贝乐", "睡袋,秋冬,预售,新品",
                LifecycleStage.INTRO, true);
    }

    private List<Sku> presaleSkus(Product product) {
        List<Sku> skus = new ArrayList<>();
        String[] sizes = {"S(0-6月)", "M(6-18月)", "L(18-36月)"};
        for (int i = 0; i < sizes.length; i++) {
            skus.add(new Sku(product.code() + "-" + String.format(Locale.ROOT, "%02d", i + 1), product,
                    "尺码=" + sizes[i], nextBarcode(), new BigDecimal("229.00"), new BigDecimal("82.50"), 750, null,
                    LifecycleStage.INTRO, true, SkuKind.GOODS, false, 1.6, DemoShop.LAST_DAY.minusDays(6), null, true,
                    10, "SUP-TZ"));
        }
        return skus;
    }

    private List<Bundle> bundles(List<Sku> skus) {
        Product product = new Product("LH01-001", "贝贝乐 礼盒套装", "LH01", "LH", "贝贝乐", "礼盒,送礼,套装",
                LifecycleStage.MATURE, false);
        List<Bundle> bundles = new ArrayList<>();
        bundles.add(bundle(product, 1, "新生儿见面礼盒", skus, "ZNK01-001-01", 1, "ZNK03-001-01", 2,
                "WY01-001-01", 1, "TZ05-001-01", 1));
        bundles.add(bundle(product, 2, "辅食入门套装", skus, "FS01-001-01", 2, "FS02-001-01", 2, "WY04-001-01", 1));
        bundles.add(bundle(product, 3, "洗护三件套", skus, "XH01-001-01", 1, "XH02-001-01", 1, "XH03-001-01", 1));
        bundles.add(bundle(product, 4, "满月礼盒", skus, "TZ01-001-02", 2, "TZ05-002-01", 1, "TZ03-001-01", 1));
        bundles.add(bundle(product, 5, "奶粉囤货装", skus, "NF01-001-04", 3));
        bundles.add(bundle(product, 6, "哺乳妈妈套装", skus, "YC02-001-01", 2, "WY03-001-01", 1));
        return bundles;
    }

    private Bundle bundle(Product product, int number, String name, List<Sku> skus, Object... parts) {
        List<Component> components = new ArrayList<>();
        double price = 0;
        BigDecimal cost = BigDecimal.ZERO;
        int weight = 0;
        for (int i = 0; i < parts.length; i += 2) {
            String code = (String) parts[i];
            int quantity = (Integer) parts[i + 1];
            Sku part = skus.stream().filter(s -> s.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("bundle part missing: " + code));
            components.add(new Component(part, quantity));
            price += part.price().doubleValue() * quantity;
            cost = cost.add(part.cost().multiply(BigDecimal.valueOf(quantity)));
            weight += part.weightGrams() * quantity;
        }
        Sku sku = new Sku(product.code() + "-" + String.format(Locale.ROOT, "%02d", number), product, "套装=" + name,
                nextBarcode(), retailPrice(price * 0.88), cost, weight, null, LifecycleStage.MATURE, true,
                SkuKind.GOODS, true, 0.35, null, null, false, 1, "SUP-WY");
        return new Bundle(sku, List.copyOf(components));
    }

    private Sku serviceSku(Product product, String code, String name, SkuKind kind, String price) {
        return new Sku(code, product, "项目=" + name, null, new BigDecimal(price), null, 0, null,
                LifecycleStage.MATURE, true, kind, false, 0, null, null, false, 1, null);
    }

    /** Shop prices end in 9 (129, 59.9): above 100 whole yuan, below it one decimal. */
    static BigDecimal retailPrice(double raw) {
        if (raw >= 100) {
            long whole = Math.round(raw / 10.0) * 10 - 1;
            return BigDecimal.valueOf(whole).setScale(2);
        }
        long tenths = Math.max(9, Math.round(raw) * 10 - 1);
        return BigDecimal.valueOf(tenths, 1).setScale(2);
    }

    private String nextBarcode() {
        String body = "69318" + String.format(Locale.ROOT, "%07d", ++barcodeSequence);
        return body + Ean13.checkDigit(body);
    }

    private static String supplierOf(String top) {
        return CatalogPlan.TOPS.stream().filter(t -> t.code().equals(top)).findFirst().orElseThrow().supplier();
    }

    private static List<List<Variant>> combinations(List<Axis> axes) {
        List<List<Variant>> result = new ArrayList<>();
        result.add(List.of());
        for (Axis axis : axes) {
            List<List<Variant>> next = new ArrayList<>();
            for (List<Variant> prefix : result) {
                for (Variant v : axis.variants()) {
                    List<Variant> combination = new ArrayList<>(prefix);
                    combination.add(v);
                    next.add(combination);
                }
            }
            result = next;
        }
        return result;
    }
}
