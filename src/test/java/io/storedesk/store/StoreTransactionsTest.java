package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.testing.TestStores;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreTransactionsTest {

    private final Services services = TestStores.emptyInMemory();
    private final StockRepository stock = new StockRepository(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aFailingUnitOfWorkUndoesEveryRepositoryCallInIt() {
        assertThatThrownBy(() -> services.store().inTransaction(() -> {
            stock.insertWarehouses(List.of(warehouse("WH-A")));
            stock.insertWarehouses(List.of(warehouse("WH-B")));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(stock.warehouses()).isEmpty();
    }

    @Test
    void aSucceedingUnitOfWorkKeepsEverything() {
        services.store().inTransaction(() -> {
            stock.insertWarehouses(List.of(warehouse("WH-A")));
            stock.insertWarehouses(List.of(warehouse("WH-B")));
        });
        assertThat(stock.warehouses()).extracting(Warehouse::code).containsExactly("WH-A", "WH-B");
    }

    @Test
    void settingsAreInsertedThenUpdated() {
        SettingsRepository settings = new SettingsRepository(services.store().dsl());
        settings.put("shop.name", "A", "test");
        settings.put("shop.name", "B", "test");
        assertThat(settings.get("shop.name")).contains("B");
        assertThat(settings.get("missing")).isEmpty();
    }

    private static Warehouse warehouse(String code) {
        return new Warehouse(0, code, code, "上海市", "上海市", null, 1, true);
    }
}
