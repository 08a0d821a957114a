package io.storedesk.catalog;

/** What the catalog table is sorted by; CATALOG is category order, then product and SKU code. */
public enum SkuSort {
    CATALOG, CODE, TITLE, CATEGORY, PRICE, COST, MARGIN, STAGE, LISTED
}
