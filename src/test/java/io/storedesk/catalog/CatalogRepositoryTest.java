package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogRepositoryTest {

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());
    private final Fixtures fixtures = new Fixtures(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void skuRoundTripsWithMoneyAndEnums() {
        long category = catalog.insertCategories(List.of(new Category(0, null, "ZNK", "纸尿裤", 1))).get("ZNK");
        long product = catalog.insertProducts(List.of(new Product(0, "P1", "云柔纸尿裤", category, "贝贝乐",
                List.of("纸尿裤", "爆款"), 0))).get("P1");
        Sku sku = new Sku(0, product, "P1-M", "6931800000010", "尺码=M;包装=单包", Money.of("119.00", "CNY"),
                Money.of("61.88", "CNY"), 1500, null, LifecycleStage.GROWTH, false, SkuKind.GOODS, false, 0);
        long id = catalog.insertSkus(List.of(sku)).get("P1-M");

        Sku stored = catalog.findSku("P1-M").orElseThrow();
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.price()).isEqualTo(Money.of("119.00", "CNY"));
        assertThat(stored.cost()).isEqualTo(Money.of("61.88", "CNY"));
        assertThat(stored.stage()).isEqualTo(LifecycleStage.GROWTH);
        assertThat(stored.listed()).isFalse();
        assertThat(stored.attributes()).isEqualTo("尺码=M;包装=单包");
        assertThat(catalog.findProduct("P1").orElseThrow().tags()).containsExactly("纸尿裤", "爆款");
    }

    @Test
    void bundleComponentsRoundTrip() {
        Map<String, Long> ids = fixtures.skus("P1", "Set", "x", "BUNDLE", "PART-A", "PART-B");
        catalog.insertBundleComponents(List.of(new BundleComponent(ids.get("BUNDLE"), ids.get("PART-A"), 2),
                new BundleComponent(ids.get("BUNDLE"), ids.get("PART-B"), 1)));
        assertThat(catalog.bundleComponents(ids.get("BUNDLE"))).extracting(BundleComponent::quantity)
                .containsExactlyInAnyOrder(2, 1);
    }

    private static List<String> codes(Page<SkuRow> page) {
        return page.rows().stream().map(SkuRow::code).toList();
    }
}
