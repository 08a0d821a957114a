package io.storedesk.stock;

/** The stock repositories, built once in the composition root and handed to whoever loads or books stock. */
public record StockRepositories(StockRepository stock, StockSettingRepository settings, StockLedgerRepository ledger,
                                ReservationRepository reservations, PurchaseOrderRepository purchaseOrders,
                                StockTransferRepository transfers) {
}
