package io.storedesk.catalog;

/** The SKU fields the catalog table edits in place. */
public enum SkuField {
    PRICE, COST, STAGE, LISTED
}
