package io.storedesk.catalog;

import io.storedesk.security.AuditEntry;
import java.util.List;
import java.util.OptionalLong;

/**
 * Everything the catalog's detail panel shows for one SKU: the SKU, its product and category path, the
 * product's other SKUs, where channels list it, its stock, for a bundle the parts it is made of (its
 * stock derives from theirs), and the latest recorded changes.
 */
public record SkuDetail(SkuRow sku, Product product, String categoryPath, List<SkuRow> productSkus,
                        List<ChannelListing> listings, long available, List<BundlePart> parts,
                        List<AuditEntry> history) {

    public SkuDetail {
        productSkus = List.copyOf(productSkus);
        listings = List.copyOf(listings);
        parts = List.copyOf(parts);
        history = List.copyOf(history);
    }

    /** For a bundle: how many can be sold, the fewest any part allows. Empty for an ordinary SKU. */
    public OptionalLong bundleAvailable() {
        return parts.stream().mapToLong(BundlePart::bundlesPossible).min();
    }
}
