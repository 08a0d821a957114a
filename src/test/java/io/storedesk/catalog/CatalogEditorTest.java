package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AuditEntry;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogEditorTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Services services = TestStores.emptyInMemory();
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());
    private final CatalogEditor editor = services.catalogEditor();
    private final Map<String, Long> ids = new Fixtures(services.store().dsl()).skus("P1", "Cloud Diaper", "nappy",
            "P1-S", "P1-M", "P1-L");

    @AfterEach
    void close() {
        services.close();
    }

    private Sku sku(String code) {
        return catalog.findSku(code).orElseThrow();
    }

    private static String message(Throwable e) {
        return ENGLISH.describe((RefusedInputException) e);
    }

    private Map<Long, Integer> selection(String... codes) {
        Map<Long, Integer> selected = new LinkedHashMap<>();
        for (String code : codes) {
            selected.put(ids.get(code), sku(code).version());
        }
        return selected;
    }

    @Test
    void anInlineEditReadsAmountsAsTypedAndIsAudited() {
        SkuRow row = editor.edit(new SkuEdit(ids.get("P1-M"), 0, SkuField.PRICE, "1,299.50"), "lin");

        assertThat(row.price()).isEqualTo(Money.of("1299.50", "CNY"));
        assertThat(row.version()).isEqualTo(1);
        List<AuditEntry> history = services.audit().history("sku", "P1-M", 5);
        assertThat(history).extracting(AuditEntry::user, AuditEntry::action).containsExactly(tuple("lin", "catalog.edit"));
        assertThat(history.get(0).before()).containsExactly(Map.entry("price", "100.00"));
        assertThat(history.get(0).after()).containsExactly(Map.entry("price", "1299.50"));
    }

    @Test
    void aStaleEditIsRefusedWithWhoChangedItAndNothingIsOverwritten() {
        editor.edit(new SkuEdit(ids.get("P1-M"), 0, SkuField.PRICE, "120"), "wang");

        assertThatThrownBy(() -> editor.edit(new SkuEdit(ids.get("P1-M"), 0, SkuField.PRICE, "90"), "lin"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(message(e)).startsWith("SKU P1-M was changed by wang at ")
                        .contains("your change was not saved"));
        assertThat(sku("P1-M").price().amount()).isEqualByComparingTo("120");
        assertThat(services.audit().history("sku", "P1-M", 5)).hasSize(1);
    }

    @Test
    void badValuesAreRefusedInThePersonsTerms() {
        long id = ids.get("P1-S");
        assertThatThrownBy(() -> editor.edit(new SkuEdit(id, 0, SkuField.PRICE, "abc"), "lin"))
                .satisfies(e -> assertThat(message(e)).isEqualTo("\"abc\" is not an amount; write a number such as 12.50."));
        assertThatThrownBy(() -> editor.edit(new SkuEdit(id, 0, SkuField.PRICE, "-5"), "lin"))
                .satisfies(e -> assertThat(message(e)).isEqualTo("-5: a negative value is not allowed here"));
        assertThatThrownBy(() -> editor.edit(new SkuEdit(id, 0, SkuField.PRICE, " "), "lin"))
                .satisfies(e -> assertThat(message(e)).isEqualTo("A SKU needs a price."));
        assertThat(sku("P1-S").version()).isZero();

        assertThat(editor.edit(new SkuEdit(id, 0, SkuField.COST, ""), "lin").cost()).as("blank cost = unknown").isNull();
        assertThat(editor.edit(new SkuEdit(id, 1, SkuField.STAGE, "DECLINE"), "lin").stage())
                .isEqualTo(LifecycleStage.DECLINE);
        assertThat(editor.edit(new SkuEdit(id, 2, SkuField.LISTED, "false"), "lin").listed()).isFalse();
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        SkuRow row = editor.edit(new SkuEdit(ids.get("P1-S"), 0, SkuField.PRICE, "100.00"), "lin");

        assertThat(row.version()).isZero();
        assertThat(services.audit().history("sku", "P1-S", 5)).isEmpty();
    }

    @Test
    void aBulkPriceChangeAppliesToEverySelectedSkuAndAuditsEach() {
        editor.edit(new SkuEdit(ids.get("P1-L"), 0, SkuField.PRICE, "33.33"), "lin");

        BulkResult result = editor.apply(selection("P1-S", "P1-L"), new BulkChange.AdjustPrice(new BigDecimal("-10"),
                true), "lin");

        assertThat(result.skusChanged()).isEqualTo(2);
        assertThat(sku("P1-S").price().amount()).isEqualByComparingTo("90.00");
        assertThat(sku("P1-L").price().amount()).as("rounded to cents").isEqualByComparingTo("30.00");
        assertThat(sku("P1-M").price().amount()).as("not selected").isEqualByComparingTo("100.00");
        assertThat(services.audit().history("sku", "P1-L", 5)).extracting(AuditEntry::action)
                .containsExactly("catalog.bulk", "catalog.edit");
    }

    @Test
    void aBulkChangeOverAStaleSelectionChangesNothing() {
        Map<Long, Integer> selected = selection("P1-S", "P1-M");
        editor.edit(new SkuEdit(ids.get("P1-M"), 0, SkuField.STAGE, "GROWTH"), "wang");

        assertThatThrownBy(() -> editor.apply(selected, new BulkChange.SetListed(false), "lin"))
                .satisfies(e -> assertThat(message(e)).startsWith("1 of the 2 selected SKUs was changed by someone "
                        + "else since you selected them (P1-M); nothing was changed."));
        assertThat(sku("P1-S").listed()).isTrue();
    }

    @Test
    void aBulkChangeThatWouldMakeAPriceNegativeChangesNothing() {
        editor.edit(new SkuEdit(ids.get("P1-L"), 0, SkuField.PRICE, "5"), "lin");

        assertThatThrownBy(() -> editor.apply(selection("P1-S", "P1-L"),
                new BulkChange.AdjustPrice(new BigDecimal("-8"), false), "lin"))
                .satisfies(e -> assertThat(message(e)).isEqualTo("The change would give 1 SKU an invalid price "
                        + "(P1-L): a negative value is not allowed here. Nothing was changed."));
        assertThat(sku("P1-S").price().amount()).isEqualByComparingTo("100");
    }

    @Test
    void categoryAndTagsChangeTheProductsAndTheSearchFindsTheNewTags() {
        long category = catalog.insertCategories(List.of(new Category(0, null, "SALE", "特价", 9))).get("SALE");

        BulkResult moved = editor.apply(selection("P1-S", "P1-M"), new BulkChange.SetCategory(category), "lin");
        editor.apply(selection("P1-S"), new BulkChange.AddTags(List.of("双11", "nappy")), "lin");

        assertThat(moved.productsChanged()).isEqualTo(1);
        Product product = catalog.findProduct("P1").orElseThrow();
        assertThat(product.categoryId()).isEqualTo(category);
        assertThat(product.tags()).containsExactly("nappy", "双11");
        assertThat(services.catalog().search("双11", 10).rows()).extracting(SkuRow::code)
                .containsExactlyInAnyOrder("P1-S", "P1-M", "P1-L");
        assertThat(services.audit().history("product", "P1", 5)).hasSize(2);
    }

    @Test
    void aBulkPriceChangeCanBeTakenBackAndTheUndoIsAudited() {
        editor.edit(new SkuEdit(ids.get("P1-L"), 0, SkuField.PRICE, "33.33"), "lin");
        BulkResult raised = editor.apply(selection("P1-S", "P1-M", "P1-L"),
                new BulkChange.AdjustPrice(new BigDecimal("10"), true), "lin");
        assertThat(sku("P1-L").price().amount()).isEqualByComparingTo("36.66");

        BulkResult undone = editor.revert(raised.revert(), "lin");

        assertThat(undone.skusChanged()).isEqualTo(3);
        assertThat(sku("P1-S").price().amount()).isEqualByComparingTo("100.00");
        assertThat(sku("P1-L").price().amount()).as("the value before the bulk change, not the first one")
                .isEqualByComparingTo("33.33");
        List<AuditEntry> history = services.audit().history("sku", "P1-L", 5);
        assertThat(history).extracting(AuditEntry::action).containsExactly("catalog.undo", "catalog.bulk", "catalog.edit");
        assertThat(history.get(0).before()).containsExactly(Map.entry("price", "36.66"));
        assertThat(history.get(0).after()).containsExactly(Map.entry("price", "33.33"));
    }

    @Test
    void anUndoOverARowChangedSinceByAnotherDeskChangesNothingAndNamesThem() {
        BulkResult delisted = editor.apply(selection("P1-S", "P1-M"), new BulkChange.SetListed(false), "lin");
        editor.edit(new SkuEdit(ids.get("P1-M"), sku("P1-M").version(), SkuField.PRICE, "88"), "wang");

        assertThatThrownBy(() -> editor.revert(delisted.revert(), "lin"))
                .satisfies(e -> assertThat(message(e)).startsWith("Your change cannot be undone: P1-M was changed "
                        + "again by wang at ").contains("Nothing was changed"));
        assertThat(sku("P1-S").listed()).as("all or nothing: the row nobody touched stays as the change left it")
                .isFalse();
        assertThat(sku("P1-M").price().amount()).isEqualByComparingTo("88");
        assertThat(sku("P1-M").listed()).isFalse();
    }

    @Test
    void aCategoryChangeIsTakenBackOnTheProductsAndAnUndoCannotRunTwice() {
        long category = catalog.insertCategories(List.of(new Category(0, null, "SALE", "特价", 9))).get("SALE");
        Long before = catalog.findProduct("P1").orElseThrow().categoryId();
        BulkResult moved = editor.apply(selection("P1-S"), new BulkChange.SetCategory(category), "lin");

        BulkResult undone = editor.revert(moved.revert(), "lin");

        assertThat(undone.productsChanged()).isEqualTo(1);
        assertThat(catalog.findProduct("P1").orElseThrow().categoryId()).isEqualTo(before);
        assertThatThrownBy(() -> editor.revert(moved.revert(), "lin"))
                .as("the undo itself raised the version: a second one would overwrite it")
                .isInstanceOf(RefusedInputException.class);
    }

    @Test
    void theProductFormChecksItsVersionAndTitle() {
        Product product = catalog.findProduct("P1").orElseThrow();
        Product saved = editor.save(new ProductEdit(product.id(), product.version(), "Cloud Diaper Pro", "贝贝乐",
                "nappy；爆款", null), "lin");

        assertThat(saved.title()).isEqualTo("Cloud Diaper Pro");
        assertThat(saved.tags()).containsExactly("nappy", "爆款");
        assertThat(saved.categoryId()).isNull();
        assertThatThrownBy(() -> editor.save(new ProductEdit(product.id(), product.version(), "Old", null, "", null),
                "wang")).satisfies(e -> assertThat(message(e)).startsWith("Product P1 was changed by lin"));
        assertThatThrownBy(() -> editor.save(new ProductEdit(product.id(), saved.version(), " ", null, "", null),
                "wang")).satisfies(e -> assertThat(message(e)).isEqualTo("A product needs a title."));
    }
}
