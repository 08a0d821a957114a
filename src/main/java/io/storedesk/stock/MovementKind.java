package io.storedesk.stock;

/** Why on-hand stock changed. Every change is one of these, recorded in the ledger. */
public enum MovementKind {
    OPENING, RECEIPT, SHIPMENT, RETURN, STOCKTAKE, TRANSFER_OUT, TRANSFER_IN, WRITE_OFF
}
