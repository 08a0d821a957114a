package io.storedesk.stock;

/** A position a file row names: its key in the store and how people read it ("WH-SH / NF01-001-01"). */
record FilePosition(PositionKey key, String warehouseCode, String skuCode) {

    String label() {
        return label(warehouseCode, skuCode);
    }

    static String label(String warehouse, String sku) {
        return warehouse + " / " + sku;
    }
}
