package io.storedesk.stock;

import java.time.LocalDate;

/**
 * What a person books in the ledger: where, how many units (positive; receipt or shipment says which way),
 * which batch (null = none, or first expiry first out when units leave), why, and the document it is for
 * (an order code, a purchase order code...). expiryDate is for a batch a receipt or return opens.
 */
public record StockChange(PositionKey position, int quantity, String batchNo, LocalDate expiryDate, String reason,
                          String reference) {

    public static StockChange of(PositionKey position, int quantity) {
        return new StockChange(position, quantity, null, null, null, null);
    }

    public StockChange inBatch(String number, LocalDate expiry) {
        return new StockChange(position, quantity, number, expiry, reason, reference);
    }

    public StockChange because(String why) {
        return new StockChange(position, quantity, batchNo, expiryDate, why, reference);
    }

    public StockChange forDocument(String document) {
        return new StockChange(position, quantity, batchNo, expiryDate, reason, document);
    }
}
