package io.storedesk.catalog;

import io.storedesk.common.Page;
import io.storedesk.security.AuditLog;
import io.storedesk.stock.AvailabilityRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** What the catalog pane and the CLI read from the catalog. Changes go through {@link CatalogEditor}. */
public final class CatalogService {

    private static final int HISTORY = 20;

    private final CatalogRepository repository;
    private final CatalogSearchRepository search;
    private final CatalogSearch index;
    private final AvailabilityRepository availability;
    private final AuditLog audit;

    public CatalogService(CatalogRepository repository, CatalogSearchRepository search,
                          AvailabilityRepository availability, AuditLog audit) {
        this.repository = repository;
        this.search = search;
        this.index = new CatalogSearch(search);
        this.availability = availability;
        this.audit = audit;
    }

    /** Free text alone, in catalog order (the CLI and simple lookups). */
    public Page<SkuRow> search(String text, int limit) {
        return index.search(CatalogQuery.all(limit).withText(text));
    }

    public Page<SkuRow> search(CatalogQuery query) {
        return index.search(query);
    }

    /** Every SKU id the query matches, in its order (the current view, for export). */
    public List<Long> matchingIds(CatalogQuery query) {
        return index.matchingIds(query);
    }

    public CategoryTree categoryTree() {
        return search.categoryTree();
    }

    public List<Category> categories() {
        return repository.categories();
    }

    /** One SKU's row as stored now, or empty when it is gone. */
    /** The codes of these SKUs by id (ids not in the store are absent). */
    public Map<Long, String> codes(Collection<Long> skuIds) {
        Map<Long, String> codes = new HashMap<>();
        skuIds.forEach(id -> row(id).ifPresent(r -> codes.put(id, r.code())));
        return codes;
    }

    public Optional<SkuRow> row(long skuId) {
        return search.row(skuId);
    }

    /** Everything the detail panel shows for one SKU. */
    public SkuDetail detail(long skuId) {
        SkuRow sku = search.row(skuId).orElseThrow(() -> new NoSuchElementException("no SKU " + skuId));
        Product product = repository.findProduct(sku.productCode()).orElseThrow();
        List<CatalogSearchRepository.BundleLine> lines = search.bundleLines(skuId);
        Map<Long, Long> stock = availability.available(concat(skuId, lines.stream()
                .map(CatalogSearchRepository.BundleLine::skuId).toList()));
        List<BundlePart> parts = lines.stream().map(l -> new BundlePart(l.code(), l.title(), l.quantity(),
                stock.getOrDefault(l.skuId(), 0L))).toList();
        return new SkuDetail(sku, product, search.categoryPath(product.categoryId()), search.productSkus(product.id()),
                search.listings(skuId), stock.getOrDefault(skuId, 0L), parts,
                audit.history(CatalogAudit.SKU, sku.code(), HISTORY));
    }

    public long skuCount() {
        return repository.countSkus();
    }

    private static List<Long> concat(long first, List<Long> rest) {
        List<Long> all = new ArrayList<>(rest);
        all.add(first);
        return all;
    }
}
