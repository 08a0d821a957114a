package io.storedesk.stock;

/** Steadiness of demand: X steady, Y fluctuating, Z erratic or no demand. */
public enum XyzClass {
    X, Y, Z
}
