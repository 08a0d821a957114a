package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.catalog.BulkChange;
import io.storedesk.catalog.SkuEdit;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the default matrix everyone who edits the catalog may also change prices, so the table test cannot tell the
 * two rights apart; here a role edits the catalog without the price-change right.
 */
class PriceChangeEnforcementTest {

    private static Services services;

    @BeforeAll
    static void open() {
        services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())), TestStores.DEMO_CLOCK);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void editorWithoutPrices() {
        services.access().switchTo(new Principal("mei", "Mei", Role.OPERATOR), EnumSet.of(Permission.CATALOG_VIEW,
                Permission.CATALOG_EDIT, Permission.IMPORT));
    }

    private static SkuRow sku() {
        return services.catalog().search("", 1).rows().get(0);
    }

    @Test
    void anInlinePriceEditNeedsThePriceRightAndOtherFieldsDoNot() {
        SkuRow row = sku();

        assertThatThrownBy(() -> services.catalogEditor().edit(new SkuEdit(row.id(), row.version(), SkuField.PRICE,
                "1.00"), "mei")).isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.PRICE_CHANGE));
        SkuRow after = services.catalogEditor().edit(new SkuEdit(row.id(), row.version(), SkuField.LISTED,
                String.valueOf(!row.listed())), "mei");

        assertThat(after.listed()).isEqualTo(!row.listed());
        assertThat(after.price()).isEqualTo(row.price());
    }

    @Test
    void bulkPriceChangesNeedThePriceRight() {
        SkuRow row = sku();
        Map<Long, Integer> selected = Map.of(row.id(), row.version());

        assertThatThrownBy(() -> services.catalogEditor().apply(selected, new BulkChange.SetPrice(BigDecimal.TEN),
                "mei")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.catalogEditor().apply(selected, new BulkChange.AdjustPrice(BigDecimal.ONE,
                true), "mei")).isInstanceOf(AccessDeniedException.class);
        assertThat(sku().price()).isEqualTo(row.price());
    }

    @Test
    void aCatalogFileWithPricesNeedsThePriceRightOneWithoutDoesNot() throws Exception {
        Path directory = TestStores.newDirectory();
        Path withPrices = Files.writeString(directory.resolve("prices.csv"), "SKU,Price\n" + sku().code() + ",9.90\n",
                StandardCharsets.UTF_8);
        Path titlesOnly = Files.writeString(directory.resolve("titles.csv"), "SKU,Brand\n" + sku().code() + ",Mei\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> services.imports().run(ImportKindId.CATALOG, withPrices, ImportOptions.dryRun("mei"),
                ImportProgress.NONE)).isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.PRICE_CHANGE));
        ImportResult result = services.imports().run(ImportKindId.CATALOG, titlesOnly, ImportOptions.dryRun("mei"),
                ImportProgress.NONE);

        assertThat(result.applied()).isFalse();
        assertThat(result.outcomes()).hasSize(1);
    }
}
