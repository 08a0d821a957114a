package io.storedesk.stock;

/** Share of revenue: A the few SKUs that make most of it, C the many that make little. */
public enum AbcClass {
    A, B, C
}
