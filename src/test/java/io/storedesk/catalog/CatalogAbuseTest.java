package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SQL metacharacters, over-long values and broken UTF-16 typed into the catalog: stored as typed or refused. */
class CatalogAbuseTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Messages.CHINESE);

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());
    private final CatalogEditor editor = services.catalogEditor();
    private final Fixtures fixtures = new Fixtures(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", ";", "--", "%", "_", "\\", "' OR '1'='1", "x'); DROP TABLE sku; --",
            "50% off_now \\ 'quoted'"})
    void metacharactersInTitleBrandAndSearchAreTakenLiterally(String typed) {
        fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S");
        fixtures.skus("P2", "Plain Bottle", "bottle", "P2-S");
        Product product = catalog.findProduct("P1").orElseThrow();

        Product saved = editor.save(new ProductEdit(product.id(), product.version(), "Title " + typed, typed,
                "tag" + typed.replaceAll("[,;]", ""), null), "lin");

        assertThat(saved.title()).isEqualTo("Title " + typed);
        assertThat(saved.brand()).isEqualTo(typed.strip());
        assertThat(catalog.findProduct("P1").orElseThrow().title()).isEqualTo("Title " + typed);
        assertThat(services.catalog().search("Title " + typed, 10).rows()).extracting(SkuRow::code)
                .containsExactly("P1-S");
        // Neither % nor _ is a wildcard: the plain product never matches them.
        assertThat(services.catalog().search(typed, 10).rows()).extracting(SkuRow::code).doesNotContain("P2-S");
        assertThat(services.catalog().skuCount()).isEqualTo(2);
        assertThat(catalog.findSku("P2-S")).isPresent();
    }

    @Test
    void percentAndUnderscoreMatchOnlyThemselves() {
        fixtures.skus("P1", "100% cotton", "a", "P1-S");
        fixtures.skus("P2", "snake_case", "b", "P2-S");
        fixtures.skus("P3", "Plain", "c", "P3-S");

        assertThat(services.catalog().search("%", 10).rows()).extracting(SkuRow::code).containsExactly("P1-S");
        assertThat(services.catalog().search("_", 10).rows()).extracting(SkuRow::code).containsExactly("P2-S");
    }

    @Test
    void anOverLongBrandIsRefusedNamingTheFieldAndTheLimitAndNothingIsSaved() {
        fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S");
        Product product = catalog.findProduct("P1").orElseThrow();

        assertThatThrownBy(() -> editor.save(new ProductEdit(product.id(), product.version(), "New title",
                "b".repeat(101), "nappy", null), "lin"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> {
                    assertThat(ENGLISH.describe((RefusedInputException) e))
                            .isEqualTo("The brand is too long: at most 100 characters. Shorten it and save again.");
                    assertThat(CHINESE.describe((RefusedInputException) e)).isEqualTo("品牌太长：最多 100 个字符。请缩短后再保存。");
                });
        assertThat(catalog.findProduct("P1").orElseThrow().title()).isEqualTo("Cloud Diaper");
    }

    @Test
    void overLongTagsAreRefusedAndSoAreTagsThatABulkChangeWouldGrowPastTheColumn() {
        Map<String, Long> ids = fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S");
        Product product = catalog.findProduct("P1").orElseThrow();

        assertThatThrownBy(() -> editor.save(new ProductEdit(product.id(), product.version(), "Cloud Diaper",
                null, "t".repeat(501), null), "lin"))
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e))
                        .isEqualTo("The tag list is too long: at most 500 characters. Shorten it and save again."));
        editor.save(new ProductEdit(product.id(), product.version(), "Cloud Diaper", null, "a".repeat(490), null),
                "lin");
        int version = catalog.findSku("P1-S").orElseThrow().version();

        assertThatThrownBy(() -> editor.apply(Map.of(ids.get("P1-S"), version),
                new BulkChange.AddTags(List.of("b".repeat(20))), "lin"))
                .isInstanceOf(RefusedInputException.class);
        assertThat(catalog.findProduct("P1").orElseThrow().tags()).containsExactly("a".repeat(490));
    }

    @Test
    void aLongTitleWithLongTagsAndAttributesStillSavesAndIsFoundByItsStart() {
        fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S");
        Product product = catalog.findProduct("P1").orElseThrow();
        // 64 + 200 + 32 + 500 + 500 characters would not fit the 1000 of the search column.
        catalog.insertSkus(List.of(new Sku(0, product.id(), "P1-" + "L".repeat(60), "6".repeat(32),
                "颜色=" + "红".repeat(497), Fixtures.cny("10.00"), null, null, null, LifecycleStage.MATURE, true,
                SkuKind.GOODS, false, 0)));

        editor.save(new ProductEdit(product.id(), product.version(), "t".repeat(200), "b".repeat(100),
                "a".repeat(250) + "," + "c".repeat(249), null), "lin");

        assertThat(catalog.findProduct("P1").orElseThrow().title()).hasSize(200);
        assertThat(services.catalog().search("t".repeat(200), 10).rows()).extracting(SkuRow::code)
                .containsExactly("P1-" + "L".repeat(60), "P1-S");
    }

    @Test
    void aLoneSurrogateInATitleIsRefusedAndInTheSearchBoxFindsNothing() {
        fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S");
        Product product = catalog.findProduct("P1").orElseThrow();

        assertThatThrownBy(() -> editor.save(new ProductEdit(product.id(), product.version(), "Bad \uD800 title",
                null, "", null), "lin"))
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e)).isEqualTo(
                        "The title holds a broken character (half of an emoji or a damaged paste) that cannot be "
                                + "stored. Type it again."));
        assertThat(catalog.findProduct("P1").orElseThrow().title()).isEqualTo("Cloud Diaper");
        assertThat(services.catalog().search("\uD800", 10).rows()).isEmpty();
        assertThat(services.catalog().search("Cloud\uDC00", 10).rows()).isEmpty();
    }

    @Test
    void anUnknownStageTypedInlineIsRefusedNotAnException() {
        Map<String, Long> ids = fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S");

        assertThatThrownBy(() -> editor.edit(new SkuEdit(ids.get("P1-S"), 0, SkuField.STAGE, "x'); DROP TABLE sku; --"),
                "lin"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e))
                        .isEqualTo("\"x'); DROP TABLE sku; --\" is not a lifecycle stage; choose one from the list."));
        assertThat(catalog.findSku("P1-S").orElseThrow().stage()).isEqualTo(LifecycleStage.MATURE);
    }
}
