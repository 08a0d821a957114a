package io.storedesk.stock;

/** A stock setting as the store holds it, with the row version an update must still find. */
public record StoredSetting(StockSetting setting, int version) {

    public PositionKey key() {
        return new PositionKey(setting.skuId(), setting.warehouseId());
    }
}
