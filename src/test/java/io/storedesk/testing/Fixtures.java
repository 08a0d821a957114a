package io.storedesk.testing;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.ChannelRepository;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Small, readable store contents for repository tests. */
public final class Fixtures {

    private final DSLContext dsl;

    public Fixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    public long warehouse(String code, String province) {
        return new StockRepository(dsl).insertWarehouses(List.of(new Warehouse(0, code, code + "仓", province,
                province, null, 1, true))).get(code);
    }

    public long channel(String code) {
        return new ChannelRepository(dsl).insertChannels(List.of(new Channel(0, code, code + "店",
                ChannelKind.MANUAL, "CNY", BigDecimal.ONE, 0, true))).get(code);
    }

    /** A category, a product and one SKU per code; returns SKU ids by code. */
    public Map<String, Long> skus(String productCode, String title, String tags, String... skuCodes) {
        CatalogRepository catalog = new CatalogRepository(dsl);
        long category = catalog.insertCategories(List.of(new Category(0, null, "C-" + productCode, "类目" + productCode,
                1))).get("C-" + productCode);
        long product = catalog.insertProducts(List.of(new Product(0, productCode, title, category, "牌子",
                List.of(tags.split(",")), 0))).get(productCode);
        return catalog.insertSkus(Arrays.stream(skuCodes).map(code -> new Sku(0, product, code,
                "69" + Math.abs(code.hashCode()), "颜色=红", cny("100.00"), cny("60.00"), 500, null,
                LifecycleStage.MATURE, true, SkuKind.GOODS, false, 0)).toList());
    }
}
