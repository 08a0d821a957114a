package io.storedesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.PurchaseOrderStatus;
import io.storedesk.stock.ReorderSuggestion;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.stock.Supplier;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchaseOrdersViewModelTest {

    private final Services services = TestStores.emptyInMemory();
    private final AtomicInteger changes = new AtomicInteger();
    private final PurchaseOrdersViewModel model = new PurchaseOrdersViewModel(services.purchaseOrders(),
            services.catalog()::codes, new InlineTaskRunner(), () -> "desk", changes::incrementAndGet);
    private PositionKey milk;
    private PositionKey toy;

    @BeforeEach
    void draft() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        long warehouse = fixtures.warehouse("WH-SH", "上海市");
        Map<String, Long> skus = fixtures.skus("P", "奶粉", "奶粉", "NF-1", "WJ-1");
        long supplier = new StockRepository(services.store().dsl()).insertSuppliers(List.of(new Supplier(0, "S1",
                "工厂", null, null, "浙江省", "杭州市", 5, "CNY"))).get("S1");
        milk = new PositionKey(skus.get("NF-1"), warehouse);
        toy = new PositionKey(skus.get("WJ-1"), warehouse);
        new StockLedgerRepository(services.store().dsl()).openPositions(List.of(new OpeningBalance(milk.skuId(),
                warehouse, 0, 0), new OpeningBalance(toy.skuId(), warehouse, 0, 0)), "test", TestStores.DEMO_CLOCK
                .instant());
        services.purchaseOrders().createDrafts(List.of(
                new ReorderSuggestion(milk, "NF-1", "WH-SH", supplier, 10, new BigDecimal("50")),
                new ReorderSuggestion(toy, "WJ-1", "WH-SH", supplier, 4, new BigDecimal("20"))), "planner");
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theOpenOrdersComeWithTheirSkuCodes() {
        assertThat(model.open()).singleElement().satisfies(po -> {
            assertThat(po.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
            assertThat(po.lines()).extracting(l -> model.skuCode(l.skuId())).containsExactly("NF-1", "WJ-1");
        });
    }

    @Test
    void aPartReceiptBooksWhatArrivedAndLeavesTheRestOutstanding() {
        model.send(model.open().get(0));
        StoredPurchaseOrder sent = model.open().get(0);
        long milkLine = sent.lines().get(0).id();
        long toyLine = sent.lines().get(1).id();

        model.receive(sent, Map.of(milkLine, 6, toyLine, 0));

        StoredPurchaseOrder partial = model.open().get(0);
        assertThat(partial.status()).isEqualTo(PurchaseOrderStatus.PARTIAL);
        assertThat(partial.lines()).extracting(l -> l.outstanding()).containsExactly(4, 4);
        assertThat(services.stock().movements(milk)).last().satisfies(m -> assertThat(m.onHandAfter()).isEqualTo(6));
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.po.notice.receivedPart");
        assertThat(changes).hasValue(2);

        model.receiveAll(partial);

        assertThat(model.open()).as("a received order is no longer open").isEmpty();
        assertThat(services.stock().movements(toy)).last().satisfies(m -> assertThat(m.onHandAfter()).isEqualTo(4));
    }

    @Test
    void receivingMoreThanIsOutstandingIsRefusedAndChangesNothing() {
        model.send(model.open().get(0));
        StoredPurchaseOrder sent = model.open().get(0);
        int entries = services.stock().movements(milk).size();

        model.receive(sent, Map.of(sent.lines().get(0).id(), 11));

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(model.open().get(0).status()).isEqualTo(PurchaseOrderStatus.SENT);
        assertThat(services.stock().movements(milk)).hasSize(entries);
    }
}
