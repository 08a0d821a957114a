package io.storedesk.catalog;

import io.storedesk.common.Page;
import java.util.List;

/**
 * Search as you type over the catalog: matching and ordering run on an in-memory {@link SkuIndex}; the
 * page's rows come fresh from the store. Before each search the store is asked (from indexes, cheaply)
 * whether the catalog changed since the index was built; if so the index is rebuilt first.
 */
public final class CatalogSearch {

    private final CatalogSearchRepository repository;
    private SkuIndex index;

    public CatalogSearch(CatalogSearchRepository repository) {
        this.repository = repository;
    }

    public Page<SkuRow> search(CatalogQuery query) {
        SkuIndex.IdPage page = current().find(query);
        List<SkuRow> rows = page.ids().isEmpty() ? List.of() : repository.rows(page.ids());
        return new Page<>(rows, Math.max(page.total(), rows.size()));
    }

    /** The ids of every SKU the query matches, in its order. */
    public List<Long> matchingIds(CatalogQuery query) {
        return current().findAll(query);
    }

    private synchronized SkuIndex current() {
        CatalogFingerprint now = repository.fingerprint();
        if (index == null || !index.fingerprint().equals(now)) {
            index = SkuIndex.build(repository.indexRows(), now);
        }
        return index;
    }
}
