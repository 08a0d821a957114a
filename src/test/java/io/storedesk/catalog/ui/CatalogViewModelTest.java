package io.storedesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.CatalogQuery;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.CategoryCount;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.ProductEdit;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.catalog.SkuSort;
import io.storedesk.common.Messages;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.ManualTaskRunner;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final Services services = TestStores.emptyInMemory();
    private final Fixtures fixtures = new Fixtures(services.store().dsl());
    /** SKU ids by code: three diaper sizes and a bottle, each product in a category of its own. */
    private final Map<String, Long> skus = twoProducts();

    private Map<String, Long> twoProducts() {
        fixtures.skus("P1", "Cloud Diaper", "nappy", "P1-S", "P1-M", "P1-L");
        return fixtures.skus("P2", "Glass Bottle", "奶瓶", "P2-1");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private CatalogViewModel model(TaskRunner tasks) {
        return new CatalogViewModel(services.catalog(), services.catalogEditor(), services.catalogExport(), tasks,
                () -> "lin", () -> Locale.ENGLISH);
    }

    private static List<String> codes(CatalogViewModel model) {
        return model.rows().stream().map(SkuRow::code).toList();
    }

    private static String notice(CatalogViewModel model) {
        Notice n = model.noticeProperty().get();
        return n.isProblem() ? ENGLISH.describe((io.storedesk.common.UserFacingException) n.failure())
                : ENGLISH.get(n.message().key(), n.message().arguments());
    }

    @Test
    void filtersAndSortRefreshTheTableAtOnce() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.reload();
        assertThat(model.totalProperty().get()).isEqualTo(4);

        model.categoryProperty().set(services.catalog().categoryTree().topLevel().get(1).id());
        assertThat(codes(model)).containsExactly("P2-1");

        model.categoryProperty().set(null);
        model.sortProperty().set(SkuSort.CODE);
        model.descendingProperty().set(true);
        assertThat(codes(model)).containsExactly("P2-1", "P1-S", "P1-M", "P1-L");

        model.textProperty().set("p1-");
        model.refresh();
        assertThat(codes(model)).containsExactly("P1-S", "P1-M", "P1-L");
        model.clearFilters();
        assertThat(model.query().text()).isEmpty();
        assertThat(model.totalProperty().get()).isEqualTo(4);
    }

    @Test
    void theTreeCountsSkusPerCategory() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refreshTree();

        assertThat(model.treeProperty().get().topLevel()).extracting(CategoryCount::skus).containsExactly(3L, 1L);
        assertThat(model.categories()).hasSize(2);
    }

    @Test
    void anInlineEditReplacesTheRowAndSaysSo() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refresh();
        SkuRow medium = model.rows().stream().filter(r -> r.code().equals("P1-M")).findFirst().orElseThrow();

        model.edit(medium, SkuField.PRICE, "89.90");

        SkuRow shown = model.rows().stream().filter(r -> r.code().equals("P1-M")).findFirst().orElseThrow();
        assertThat(shown.price().amount()).isEqualByComparingTo("89.90");
        assertThat(shown.version()).isEqualTo(1);
        assertThat(notice(model)).isEqualTo("SKU P1-M saved.");
    }

    @Test
    void aStaleEditSaysWhoChangedItAndShowsTheCurrentValues() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refresh();
        SkuRow shownBefore = model.rows().stream().filter(r -> r.code().equals("P1-S")).findFirst().orElseThrow();
        services.catalogEditor().apply(Map.of(skus.get("P1-S"), 0), new BulkChange.SetPrice(new BigDecimal("70")),
                "wang");

        model.edit(shownBefore, SkuField.PRICE, "95");

        assertThat(notice(model)).startsWith("SKU P1-S was changed by wang at ");
        SkuRow now = model.rows().stream().filter(r -> r.code().equals("P1-S")).findFirst().orElseThrow();
        assertThat(now.price().amount()).as("the row shows what is stored").isEqualByComparingTo("70");
    }

    @Test
    void aBulkChangeAppliesToTheSelectionAndRefreshes() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refresh();
        model.selection().setAll(model.rows().filtered(r -> r.code().startsWith("P1-")));

        model.applyToSelection(new BulkChange.SetStage(LifecycleStage.DECLINE));

        assertThat(notice(model)).isEqualTo("3 SKUs changed (0 products); 0 already were as asked.");
        assertThat(model.rows()).filteredOn(r -> r.code().startsWith("P1-")).extracting(SkuRow::stage)
                .containsOnly(LifecycleStage.DECLINE);
        assertThat(services.audit().history("sku", "P1-L", 5)).hasSize(1);
    }

    @Test
    void theLastInlineEditCanBeUndoneOnceAndThenNothingIsLeftToUndo() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refresh();
        assertThat(model.canUndoProperty().get()).as("nothing changed yet").isFalse();
        SkuRow medium = row(model, "P1-M");

        model.edit(medium, SkuField.PRICE, "89.90");
        assertThat(model.canUndoProperty().get()).isTrue();
        model.undo();

        assertThat(notice(model)).isEqualTo("Undone: SKU P1-M is back to its value before your change.");
        assertThat(row(model, "P1-M").price().amount()).isEqualByComparingTo("100.00");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(services.audit().history("sku", "P1-M", 5)).hasSize(2);
    }

    @Test
    void aBulkChangeIsUndoneButNotOverAnotherDesksLaterChange() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refresh();
        model.selection().setAll(model.rows().filtered(r -> r.code().startsWith("P1-")));
        model.applyToSelection(new BulkChange.SetListed(false));

        model.undo();
        assertThat(notice(model)).isEqualTo("Undone: 3 SKUs and 0 products are back to their values before your "
                + "change.");
        assertThat(model.rows()).filteredOn(r -> r.code().startsWith("P1-")).extracting(SkuRow::listed).containsOnly(true);

        model.selection().setAll(model.rows().filtered(r -> r.code().startsWith("P1-")));
        model.applyToSelection(new BulkChange.SetStage(LifecycleStage.DECLINE));
        SkuRow small = row(model, "P1-S");
        services.catalogEditor().edit(new io.storedesk.catalog.SkuEdit(small.id(), small.version(), SkuField.PRICE,
                "70"), "wang");
        model.undo();

        assertThat(notice(model)).startsWith("Your change cannot be undone: P1-S was changed again by wang at ");
        assertThat(model.rows()).filteredOn(r -> r.code().startsWith("P1-")).extracting(SkuRow::stage)
                .containsOnly(LifecycleStage.DECLINE);
        assertThat(row(model, "P1-S").price().amount()).isEqualByComparingTo("70");
    }

    private static SkuRow row(CatalogViewModel model, String code) {
        return model.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDetailShowsTheProductItsSkusAndTheirHistory() {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.refresh();
        SkuRow medium = model.rows().stream().filter(r -> r.code().equals("P1-M")).findFirst().orElseThrow();
        model.edit(medium, SkuField.COST, "55");

        model.focus(model.rows().stream().filter(r -> r.code().equals("P1-M")).findFirst().orElseThrow());

        var detail = model.detailProperty().get();
        assertThat(detail.product().title()).isEqualTo("Cloud Diaper");
        assertThat(detail.productSkus()).extracting(SkuRow::code).containsExactly("P1-L", "P1-M", "P1-S");
        assertThat(detail.history()).hasSize(1);
        assertThat(detail.history().get(0).after()).containsEntry("cost", "55.00");

        model.saveProduct(new ProductEdit(detail.product().id(), detail.product().version(), "Cloud Diaper 2",
                "贝贝乐", "nappy", detail.product().categoryId()));
        assertThat(notice(model)).isEqualTo("Product P1 saved.");
        assertThat(model.detailProperty().get().product().title()).isEqualTo("Cloud Diaper 2");
    }

    @Test
    void exportsTheWholeViewOrTheSelectionInTableOrder() throws Exception {
        CatalogViewModel model = model(new InlineTaskRunner());
        model.sortProperty().set(SkuSort.CODE);
        model.descendingProperty().set(true);
        Path all = TestStores.newDirectory().resolve("view.csv");
        Path some = TestStores.newDirectory().resolve("picked.csv");

        model.export(all, false);
        assertThat(notice(model)).isEqualTo("4 SKUs exported to view.csv.");
        model.selection().setAll(model.rows().get(3), model.rows().get(0));
        model.export(some, true);

        assertThat(Files.readAllLines(all, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",")[0]))
                .containsExactly("P2-1", "P1-S", "P1-M", "P1-L");
        assertThat(Files.readAllLines(some, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",")[0]))
                .containsExactly("P1-L", "P2-1");
    }

    @Test
    void pagesMoveThroughTheWholeResult() {
        CatalogRepository catalog = new CatalogRepository(services.store().dsl());
        String[] codes = new String[CatalogViewModel.PAGE_SIZE + 10];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = String.format("X-%04d", i);
        }
        fixtures.skus("PX", "Many", "x", codes);
        CatalogViewModel model = model(new InlineTaskRunner());
        model.sortProperty().set(SkuSort.CODE);

        assertThat(model.hasNextPage()).isTrue();
        model.nextPage();
        assertThat(model.offsetProperty().get()).isEqualTo(CatalogViewModel.PAGE_SIZE);
        assertThat(model.rows()).hasSize(14);
        assertThat(model.hasNextPage()).isFalse();
        model.previousPage();
        assertThat(model.rows()).hasSize(CatalogViewModel.PAGE_SIZE);
        assertThat(catalog.countSkus()).isEqualTo(codes.length + 4);
    }

    @Test
    void anAnswerToAnOlderSearchIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        CatalogViewModel model = model(tasks);
        model.textProperty().set("p2");
        model.refresh();
        model.textProperty().set("p1");
        model.refresh();

        tasks.finish(1);
        tasks.finish(0);

        assertThat(codes(model)).containsExactly("P1-L", "P1-M", "P1-S");
        assertThat(model.query()).isEqualTo(new CatalogQuery("p1", null, null, null, null, SkuSort.CATALOG, false, 0,
                CatalogViewModel.PAGE_SIZE));
    }
}
