package io.storedesk.stock;

import io.storedesk.common.Page;
import java.util.List;

/** What the stock-warning pane and the CLI ask of stock. */
public final class StockService {

    private final StockRepository repository;
    private final StockLedgerRepository ledger;

    public StockService(StockRepository repository, StockLedgerRepository ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    public Page<StockPosition> positions(String text, int limit) {
        return repository.positions(text, limit);
    }

    public List<Warehouse> warehouses() {
        return repository.warehouses();
    }

    public List<Supplier> suppliers() {
        return repository.suppliers();
    }

    /** The ledger of one position, oldest first. */
    public List<Movement> movements(PositionKey position) {
        return ledger.movements(position.skuId(), position.warehouseId());
    }
}
