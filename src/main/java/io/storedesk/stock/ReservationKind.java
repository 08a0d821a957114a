package io.storedesk.stock;

/** Why stock is held: an unpaid order (for a while), a presale (until release), or a routed order. */
public enum ReservationKind {
    UNPAID, PRESALE, ALLOCATED
}
