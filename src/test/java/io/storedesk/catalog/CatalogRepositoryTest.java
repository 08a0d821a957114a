package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.ArrayList;
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

    @Test
    void anUpdateOverASkuChangedMeanwhileWritesNothingAndNamesIt() {
        long product = catalog.insertProducts(List.of(new Product(0, "P1", "云柔纸尿裤", null, null, List.of(), 0)))
                .get("P1");
        catalog.insertSkus(List.of(
                new Sku(0, product, "P1-M", null, "", Money.of("119", "CNY"), null, null, null, LifecycleStage.MATURE,
                        true, SkuKind.GOODS, false, 0),
                new Sku(0, product, "P1-L", null, "", Money.of("129", "CNY"), null, null, null, LifecycleStage.MATURE,
                        true, SkuKind.GOODS, false, 0)));
        Sku medium = catalog.findSku("P1-M").orElseThrow();
        Sku large = catalog.findSku("P1-L").orElseThrow();
        Sku staleLarge = new Sku(large.id(), product, "P1-L", null, "", Money.of("99", "CNY"), null, null, null,
                LifecycleStage.MATURE, true, SkuKind.GOODS, false, large.version() + 1);
        Sku cheaperMedium = new Sku(medium.id(), product, "P1-M", null, "", Money.of("109", "CNY"), null, null, null,
                LifecycleStage.MATURE, true, SkuKind.GOODS, false, medium.version());

        List<Long> stale = catalog.updateSkus(List.of(cheaperMedium, staleLarge), "tester",
                TestStores.DEMO_CLOCK.instant());

        assertThat(stale).containsExactly(large.id());
        assertThat(catalog.findSku("P1-M").orElseThrow().price()).isEqualTo(Money.of("109", "CNY"));
        assertThat(catalog.findSku("P1-M").orElseThrow().version()).isEqualTo(medium.version() + 1);
        assertThat(catalog.findSku("P1-L").orElseThrow().price()).isEqualTo(Money.of("129", "CNY"));
    }

    @Test
    void skusAreFoundByCodeWhetherLookedUpOneByOneOrByReadingTheWholeTable() {
        long product = catalog.insertProducts(List.of(new Product(0, "P1", "云柔纸尿裤", null, null, List.of(), 0)))
                .get("P1");
        List<Sku> skus = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            skus.add(new Sku(0, product, "S-" + i, null, "", Money.of(String.valueOf(i), "CNY"), null, null, null,
                    LifecycleStage.MATURE, true, SkuKind.GOODS, false, 0));
        }
        catalog.insertSkus(skus);
        List<String> few = List.of("S-7", "S-1199", "NOT-THERE");
        List<String> most = new ArrayList<>(skus.stream().map(Sku::code).toList().subList(0, 1_100));
        most.add("NOT-THERE");

        assertThat(catalog.skusByCode(few)).containsOnlyKeys("S-7", "S-1199");
        assertThat(catalog.skusByCode(few).get("S-1199").price()).isEqualTo(Money.of("1199", "CNY"));
        Map<String, Sku> found = catalog.skusByCode(most);
        assertThat(found).hasSize(1_100).doesNotContainKey("NOT-THERE").doesNotContainKey("S-1100");
        assertThat(found.get("S-7")).isEqualTo(catalog.findSku("S-7").orElseThrow());
    }
}
