package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.common.Page;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());
    private final CatalogSearchRepository repository = new CatalogSearchRepository(services.store().dsl());
    private final CatalogService search = services.catalog();
    private Map<String, Long> categories;

    /** Two top categories, one with two children; SKUs spread over every margin band and stage. */
    @BeforeEach
    void catalog() {
        long baby = catalog.insertCategories(List.of(new Category(0, null, "BABY", "母婴", 1),
                new Category(0, null, "HOME", "家居", 2))).get("BABY");
        categories = catalog.insertCategories(List.of(new Category(0, baby, "DIAPER", "纸尿裤", 3),
                new Category(0, baby, "BOTTLE", "奶瓶", 4)));
        Map<String, Long> products = catalog.insertProducts(List.of(
                new Product(0, "P-DIAPER", "Cloud Diaper 云柔纸尿裤", categories.get("DIAPER"), null, List.of("爆款"), 0),
                new Product(0, "P-BOTTLE", "Glass Bottle", categories.get("BOTTLE"), null, List.of(), 0),
                new Product(0, "P-TOWEL", "Bath Towel", categories.get("HOME"), null, List.of("清仓"), 0),
                new Product(0, "P-LOOSE", "Sample Pack", null, null, List.of(), 0)));
        catalog.insertSkus(List.of(
                sku(products.get("P-DIAPER"), "D-S", "100", "110", LifecycleStage.MATURE, true),
                sku(products.get("P-DIAPER"), "D-M", "100", "85", LifecycleStage.MATURE, true),
                sku(products.get("P-DIAPER"), "D-L", "100", "80", LifecycleStage.GROWTH, false),
                sku(products.get("P-BOTTLE"), "B-1", "100", "70", LifecycleStage.INTRO, true),
                sku(products.get("P-BOTTLE"), "B-2", "100", "60", LifecycleStage.MATURE, true),
                sku(products.get("P-TOWEL"), "T-1", "50", null, LifecycleStage.DECLINE, false),
                sku(products.get("P-LOOSE"), "L-1", "0", "5", LifecycleStage.MATURE, true)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static Sku sku(long product, String code, String price, String cost, LifecycleStage stage,
                           boolean listed) {
        return new Sku(0, product, code, null, "", Fixtures.cny(price), cost == null ? null : Fixtures.cny(cost),
                null, null, stage, listed, SkuKind.GOODS, false, 0);
    }

    private List<String> codes(CatalogQuery query) {
        return search.search(query).rows().stream().map(SkuRow::code).toList();
    }

    private static CatalogQuery byCode() {
        return CatalogQuery.all(50).sortedBy(SkuSort.CODE, false);
    }

    @Test
    void textMatchesCodeTitleAndTagsInAnyCase() {
        assertThat(codes(byCode().withText("CLOUD"))).containsExactly("D-L", "D-M", "D-S");
        assertThat(codes(byCode().withText("清仓"))).containsExactly("T-1");
        assertThat(codes(byCode().withText("b-"))).containsExactly("B-1", "B-2");
    }

    @Test
    void aTopCategoryIncludesItsChildrenAndUncategorisedFindsTheRest() {
        long baby = catalog.categoryIdsByCode().get("BABY");
        assertThat(codes(byCode().withCategory(baby))).containsExactly("B-1", "B-2", "D-L", "D-M", "D-S");
        assertThat(codes(byCode().withCategory(categories.get("BOTTLE")))).containsExactly("B-1", "B-2");
        assertThat(codes(byCode().withCategory(CatalogQuery.UNCATEGORISED))).containsExactly("L-1");
    }

    @Test
    void stageListedAndMarginBandFilterAndAgreeWithTheRowsBand() {
        assertThat(codes(byCode().withStage(LifecycleStage.MATURE))).containsExactly("B-2", "D-M", "D-S", "L-1");
        assertThat(codes(byCode().withListed(false))).containsExactly("D-L", "T-1");
        Map<MarginBand, List<String>> expected = Map.of(
                MarginBand.NEGATIVE, List.of("D-S"),
                MarginBand.LOW, List.of("D-M"),
                MarginBand.MEDIUM, List.of("B-1", "D-L"),
                MarginBand.HIGH, List.of("B-2"),
                MarginBand.NO_COST, List.of("L-1", "T-1"));
        expected.forEach((band, skus) -> {
            Page<SkuRow> page = search.search(byCode().withMarginBand(band));
            assertThat(page.rows()).extracting(SkuRow::code).as(band.name()).containsExactlyElementsOf(skus);
            assertThat(page.rows()).extracting(SkuRow::marginBand).containsOnly(band);
        });
    }

    @Test
    void sortsByAnyColumnWithTheCodeBreakingTies() {
        assertThat(codes(CatalogQuery.all(50).sortedBy(SkuSort.PRICE, false)))
                .containsExactly("L-1", "T-1", "B-1", "B-2", "D-L", "D-M", "D-S");
        assertThat(codes(CatalogQuery.all(50).sortedBy(SkuSort.PRICE, true)))
                .containsExactly("D-S", "D-M", "D-L", "B-2", "B-1", "T-1", "L-1");
        assertThat(codes(CatalogQuery.all(50).sortedBy(SkuSort.MARGIN, true)))
                .as("no margin sorts last").containsExactly("B-2", "B-1", "D-L", "D-M", "D-S", "L-1", "T-1");
        assertThat(codes(CatalogQuery.all(50).sortedBy(SkuSort.CATEGORY, false)))
                .as("by pinyin: jiaju, naiping, zhiniaoku; none last")
                .containsExactly("T-1", "B-1", "B-2", "D-L", "D-M", "D-S", "L-1");
        assertThat(codes(CatalogQuery.all(50))).as("catalog order: category, product, code")
                .containsExactly("D-L", "D-M", "D-S", "B-1", "B-2", "T-1", "L-1");
        assertThat(codes(CatalogQuery.all(50).sortedBy(SkuSort.STAGE, false)).get(0)).isEqualTo("B-1");
        assertThat(codes(CatalogQuery.all(50).sortedBy(SkuSort.CODE, true)))
                .containsExactly("T-1", "L-1", "D-S", "D-M", "D-L", "B-2", "B-1");
    }

    @Test
    void pagesNeitherRepeatNorSkipRows() {
        CatalogQuery pageOf3 = new CatalogQuery("", null, null, null, null, SkuSort.PRICE, false, 0, 3);
        Page<SkuRow> first = search.search(pageOf3);
        Page<SkuRow> second = search.search(pageOf3.page(3));
        Page<SkuRow> third = search.search(pageOf3.page(6));

        assertThat(first.total()).isEqualTo(7);
        assertThat(List.of(first, second, third)).flatExtracting(Page::rows).extracting(SkuRow::code)
                .doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void theTreeCountsEachCategoryWithItsChildren() {
        CategoryTree tree = repository.categoryTree();

        assertThat(tree.total()).isEqualTo(7);
        assertThat(tree.uncategorised()).isEqualTo(1);
        assertThat(tree.topLevel()).extracting(CategoryCount::code, CategoryCount::skus)
                .containsExactly(tuple("BABY", 5L), tuple("HOME", 1L));
        long baby = catalog.categoryIdsByCode().get("BABY");
        assertThat(tree.childrenOf(baby)).extracting(CategoryCount::code, CategoryCount::skus)
                .containsExactly(tuple("DIAPER", 3L), tuple("BOTTLE", 2L));
        assertThat(repository.categoryPath(categories.get("DIAPER"))).isEqualTo("母婴 / 纸尿裤");
    }

    @Test
    void aChangedCatalogIsSearchedAsItIsNow() {
        assertThat(codes(byCode().withText("towel"))).containsExactly("T-1");
        services.catalogEditor().apply(Map.of(catalog.findSku("T-1").orElseThrow().id(), 0),
                new BulkChange.AddTags(List.of("夏季")), "lin");
        long product = catalog.findProduct("P-TOWEL").orElseThrow().id();
        catalog.deleteSkus(List.of(catalog.findSku("B-2").orElseThrow().id()));

        assertThat(codes(byCode().withText("夏季"))).containsExactly("T-1");
        assertThat(codes(byCode().withText("b-"))).containsExactly("B-1");
        assertThat(product).isPositive();
    }

    @Test
    void rowsCarryTheirMarginAndVersion() {
        SkuRow row = search.search(byCode().withText("b-2")).rows().get(0);
        assertThat(row.price()).isEqualTo(Money.of("100", "CNY"));
        assertThat(row.margin()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("0.40"));
        assertThat(row.categoryName()).isEqualTo("奶瓶");
        assertThat(row.version()).isZero();
    }
}
