package io.storedesk.stock;

/**
 * A new on-hand figure for one position and the ledger entry that explains it. versionRead is the
 * position's version when its figure was read; null when the position did not exist yet.
 */
public record OnHandChange(Movement movement, Integer versionRead) {

    public PositionKey key() {
        return new PositionKey(movement.skuId(), movement.warehouseId());
    }
}
