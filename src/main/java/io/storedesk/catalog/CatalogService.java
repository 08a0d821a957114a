package io.storedesk.catalog;

import io.storedesk.common.Page;

/** What the catalog pane and the CLI ask of the catalog. */
public final class CatalogService {

    private final CatalogRepository repository;

    public CatalogService(CatalogRepository repository) {
        this.repository = repository;
    }

    public Page<SkuRow> search(String text, int limit) {
        return repository.search(new SkuSearch(text, limit));
    }

    public long skuCount() {
        return repository.countSkus();
    }
}
