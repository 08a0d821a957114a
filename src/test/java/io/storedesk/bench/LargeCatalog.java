package io.storedesk.bench;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large, plausible catalog for the search figures: 10 top categories with 4 sub-categories each,
 * products with Chinese and English titles, brands and tags, four SKUs per product. Deterministic.
 */
final class LargeCatalog {

    private static final String[] WORDS = {"纸尿裤", "拉拉裤", "奶瓶", "奶嘴", "湿巾", "奶粉", "辅食", "米粉", "爬行垫", "安抚巾",
        "soft", "cloud", "organic", "premium", "travel", "night", "newborn", "glass", "bamboo", "cotton"};
    private static final String[] BRANDS = {"贝贝乐", "花王", "好奇", "帮宝适", "Pigeon", "Comotomo", "Hegen", "嘉宝"};
    private static final String[] TAGS = {"爆款", "新品", "清仓", "双11", "囤货", "gift", "bestseller"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};

    private LargeCatalog() {
    }

    static void create(CatalogRepository catalog, int skus) {
        Random random = new Random(20261122);
        List<Category> top = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            top.add(new Category(0, null, "C" + c, WORDS[c] + "类", c));
        }
        Map<String, Long> topIds = catalog.insertCategories(top);
        List<Category> children = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            for (int s = 0; s < 4; s++) {
                children.add(new Category(0, topIds.get("C" + c), "C" + c + s, WORDS[c] + s, 10 + c * 4 + s));
            }
        }
        Map<String, Long> categoryIds = catalog.insertCategories(children);
        int productCount = skus / SIZES.length;
        List<Product> products = new ArrayList<>(productCount);
        for (int p = 0; p < productCount; p++) {
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                    + WORDS[random.nextInt(WORDS.length)] + " " + p;
            products.add(new Product(0, String.format("P%06d", p), title,
                    categoryIds.get("C" + random.nextInt(10) + random.nextInt(4)), BRANDS[random.nextInt(BRANDS.length)],
                    List.of(TAGS[random.nextInt(TAGS.length)]), 0));
        }
        Map<String, Long> productIds = catalog.insertProducts(products);
        List<Sku> rows = new ArrayList<>(skus);
        for (int p = 0; p < productCount; p++) {
            long productId = productIds.get(String.format("P%06d", p));
            for (String size : SIZES) {
                long price = 20 + random.nextInt(400);
                rows.add(new Sku(0, productId, String.format("P%06d-%s", p, size),
                        String.format("69%011d", (long) p * SIZES.length + rows.size() % SIZES.length), "尺码=" + size,
                        Money.of(price + ".00", "CNY"), Money.of((price * (30 + random.nextInt(80)) / 100) + ".00", "CNY"),
                        500, null, LifecycleStage.values()[random.nextInt(4)], random.nextInt(10) > 0, SkuKind.GOODS,
                        false, 0));
            }
        }
        catalog.insertSkus(rows);
    }
}
