package io.storedesk.catalog;

import java.time.Instant;

/**
 * How many SKUs, products and categories there are and when each last changed: when any of it differs,
 * the search index is out of date. (Every writer stamps updated_at; a delete changes a count.)
 */
public record CatalogFingerprint(long skus, Instant skuChanged, long products, Instant productChanged,
                                 long categories, Instant categoryChanged) {
}
