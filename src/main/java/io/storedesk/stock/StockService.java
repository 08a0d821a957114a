package io.storedesk.stock;

import io.storedesk.common.Page;
import java.util.List;

/** What the stock-warning pane and the CLI ask of stock. */
public final class StockService {

    private final StockRepository repository;

    public StockService(StockRepository repository) {
        this.repository = repository;
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
        return repository.movements(position.skuId(), position.warehouseId());
    }
}
