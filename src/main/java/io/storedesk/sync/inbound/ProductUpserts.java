package io.storedesk.sync.inbound;

import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.sync.Channel;
import io.storedesk.sync.inbound.InboundCatalogRepository.Listing;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteVariant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A page of a channel's listings: each variant mapped to our SKU of the same code (created when we lack it), keyed
 * by (channel, variant SKU). Where our product or SKU differs from the listing (title, price, barcode, weight) the
 * channel's field policy decides, and each difference resolved is logged. Counts are per variant.
 */
final class ProductUpserts {

    private static final Set<String> LISTED = Set.of("active", "publish", "published", "onsale");

    private final InboundCatalogRepository listings;
    private final CatalogRepository catalog;
    private final MissingCatalog missing;

    ProductUpserts(InboundCatalogRepository listings, CatalogRepository catalog) {
        this.listings = listings;
        this.catalog = catalog;
        this.missing = new MissingCatalog(catalog);
    }

    void store(Channel channel, List<RemoteProduct> page, Instant at, PageTally tally, ConflictLog conflicts) {
        String user = InboundUpserts.user(channel);
        Map<String, MissingCatalog.Missing> variants = new LinkedHashMap<>();
        for (RemoteProduct p : page) {
            for (RemoteVariant v : p.variants()) {
                accept(p, v, variants, tally);
            }
        }
        Map<String, Sku> skus = catalog.skusByCode(variants.keySet());
        List<MissingCatalog.Missing> absent = variants.values().stream()
                .filter(m -> !skus.containsKey(m.variant().sku().strip())).toList();
        Map<String, Long> createdIds = missing.create(channel, absent, user);
        FieldPolicy policy = FieldPolicy.fromSettings(listings.settings(channel.id()));
        Map<Long, Product> products = catalog.productsById(skus.values().stream().map(Sku::productId).toList());
        conflicts.readPrevious(channel.id(), "SKU", List.copyOf(skus.keySet()));
        conflicts.readPrevious(channel.id(), "PRODUCT", products.values().stream().map(Product::code).toList());
        Set<String> changedSkus = resolveFields(channel, variants, skus, products, policy, user, at, conflicts);
        Map<String, Listing> stored = listings.listings(channel.id(), variants.keySet());
        List<Listing> inserts = new ArrayList<>();
        variants.forEach((code, m) -> {
            Long skuId = skus.containsKey(code) ? Long.valueOf(skus.get(code).id()) : createdIds.get(code);
            RemoteVariant v = m.variant();
            Listing wanted = new Listing(0, skuId, code, m.product().externalId(), v.externalId(),
                    v.inventoryItemId(), listed(m.product().status()));
            Listing s = stored.get(code);
            if (s == null) {
                inserts.add(wanted);
            } else if (!s.sameAs(wanted)) {
                listings.update(new Listing(s.id(), skuId, code, wanted.productId(), wanted.variantId(),
                        wanted.itemId(), wanted.listed()), user, at);
            }
            if (createdIds.containsKey(code) || s == null) {
                tally.created++;
            } else if (!s.sameAs(wanted) || changedSkus.contains(code)) {
                tally.updated++;
            } else {
                tally.unchanged++;
            }
        });
        listings.insert(channel.id(), inserts, user, at);
    }

    private static void accept(RemoteProduct p, RemoteVariant v, Map<String, MissingCatalog.Missing> variants,
                               PageTally tally) {
        String title = p.title() == null ? "" : p.title();
        if (v.sku() == null || v.sku().isBlank()) {
            tally.refuse("sync.inbound.product.noSku", title, p.externalId(), v.title() == null ? "" : v.title(),
                    v.externalId());
            return;
        }
        String code = v.sku().strip();
        if (code.length() > 64 || (v.price() != null && v.price().signum() < 0)) {
            tally.refuse("sync.inbound.product.badVariant", title, v.externalId(), code);
            return;
        }
        MissingCatalog.Missing first = variants.get(code);
        if (first != null) {
            tally.refuse("sync.inbound.product.duplicateSku", title, code, first.variant().externalId());
            return;
        }
        variants.put(code, new MissingCatalog.Missing(p, v));
    }

    /** Applies the policy to every differing field of the SKUs we had; returns the codes of SKUs changed. */
    private Set<String> resolveFields(Channel channel, Map<String, MissingCatalog.Missing> variants,
                                      Map<String, Sku> skus, Map<Long, Product> products, FieldPolicy policy,
                                      String user, Instant at, ConflictLog conflicts) {
        Set<String> changed = new HashSet<>();
        Map<Long, Product> retitled = new LinkedHashMap<>();
        List<Sku> updates = new ArrayList<>();
        Map<Long, String> productSku = new HashMap<>();
        for (Map.Entry<String, Sku> e : skus.entrySet()) {
            Sku sku = e.getValue();
            MissingCatalog.Missing m = variants.get(e.getKey());
            RemoteVariant v = m.variant();
            Product product = products.get(sku.productId());
            String title = OrderMapping.cut(m.product().title(), 200);
            if (product != null && title != null && !title.equals(product.title()) && !retitled.containsKey(product.id())
                    && resolve(conflicts, policy, "PRODUCT", product.code(), "title", product.title(), title)) {
                retitled.put(product.id(), new Product(product.id(), product.code(), title, product.categoryId(),
                        product.brand(), product.tags(), product.version()));
                productSku.put(product.id(), e.getKey());
            }
            Sku updated = sku;
            // A price in another currency than our SKU's is not comparable; it is left as it is.
            if (v.price() != null && channel.currency().equals(sku.price().currency())
                    && v.price().compareTo(sku.price().amount()) != 0
                    && resolve(conflicts, policy, "SKU", sku.code(), "price", plain(sku.price().amount()), plain(v.price()))) {
                updated = updated.withPrice(v.price());
            }
            String barcode = MissingCatalog.barcode(v.barcode());
            if (barcode != null && !barcode.equals(sku.barcode())
                    && resolve(conflicts, policy, "SKU", sku.code(), "barcode", sku.barcode(), barcode)) {
                updated = with(updated, barcode, updated.weightGrams());
            }
            if (v.grams() != null && !v.grams().equals(sku.weightGrams())
                    && resolve(conflicts, policy, "SKU", sku.code(), "weight", Objects.toString(sku.weightGrams(), null),
                    v.grams().toString())) {
                updated = with(updated, updated.barcode(), v.grams());
            }
            if (updated != sku) {
                updates.add(updated);
                changed.add(sku.code());
            }
        }
        catalog.updateSkus(updates, user, at);
        catalog.refreshSearchTextOfSkus(updates.stream().map(Sku::id).toList());
        catalog.updateProducts(List.copyOf(retitled.values()), user, at);
        catalog.refreshSearchTextOfProducts(retitled.keySet());
        changed.addAll(productSku.values());
        return changed;
    }

    /** Logs the difference with the side the policy picks; true when the channel's value is to be taken. */
    private static boolean resolve(ConflictLog conflicts, FieldPolicy policy, String entity, String key, String field,
                                   String local, String remote) {
        Conflict.Winner winner = policy.winner(field);
        Conflict conflict = new Conflict(entity, key, field, local, remote, winner);
        if (winner == Conflict.Winner.REMOTE) {
            conflicts.add(conflict);
            return true;
        }
        conflicts.addUnlessStanding(conflict);
        return false;
    }

    private static Sku with(Sku s, String barcode, Integer grams) {
        return new Sku(s.id(), s.productId(), s.code(), barcode, s.attributes(), s.price(), s.cost(), grams,
                s.shelfLifeDays(), s.stage(), s.listed(), s.kind(), s.bundle(), s.version());
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static boolean listed(String status) {
        return status != null && LISTED.contains(status.strip().toLowerCase(Locale.ROOT));
    }
}
