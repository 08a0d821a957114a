package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every booking through the ledger is audited with the units on hand before and after. */
class StockAuditTest {

    private final Services services = TestStores.emptyInMemory();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aWriteOffAndAReceiptRecordOnHandBeforeAndAfterWithTheReason() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        long warehouse = fixtures.warehouse("WH-SH", "上海市");
        long sku = fixtures.skus("NF", "奶粉", "奶粉", "NF-1").get("NF-1");
        new StockLedgerRepository(services.store().dsl()).openPositions(
                List.of(new OpeningBalance(sku, warehouse, 10, 0)), "test", TestStores.DEMO_CLOCK.instant());
        PositionKey position = new PositionKey(sku, warehouse);

        services.stockLedger().writeOff(StockChange.of(position, 3).because("broken"), "clerk");
        services.stockLedger().receive(StockChange.of(position, 5).forDocument("PO-1"), "clerk");
        assertThatThrownBy(() -> services.stockLedger().ship(StockChange.of(position, 100), "clerk"));

        assertThat(services.audit().history("stock", sku + "@" + warehouse, 10)).satisfiesExactly(receipt -> {
            assertThat(receipt.action()).isEqualTo("stock.receipt");
            assertThat(receipt.before()).containsEntry("onHand", "7");
            assertThat(receipt.after()).containsEntry("onHand", "12").containsEntry("reference", "PO-1");
        }, writeOff -> {
            assertThat(writeOff.action()).isEqualTo("stock.write_off");
            assertThat(writeOff.user()).isEqualTo("clerk");
            assertThat(writeOff.before()).containsEntry("onHand", "10");
            assertThat(writeOff.after()).containsEntry("onHand", "7").containsEntry("quantity", "-3")
                    .containsEntry("reason", "broken");
        });
    }
}
