package io.storedesk.catalog;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.TextInput;
import io.storedesk.common.UserFacingException;
import io.storedesk.importing.CellValues;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes made in the catalog pane: one field of one SKU, a product's form, or a bulk change to a
 * selection. Each checks the version the person saw (a stale change is refused with who changed the
 * record and when, never written over), writes in one transaction and records before and after in
 * the audit log.
 */
public final class CatalogEditor {

    private final CatalogRepository repository;
    private final CatalogSearchRepository search;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final Access access;

    public CatalogEditor(CatalogRepository repository, CatalogSearchRepository search, Transactions transactions,
                         AuditLog audit, Clock clock, Access access) {
        this.access = access;
        this.repository = repository;
        this.search = search;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies one inline edit and returns the SKU's row as stored. */
    public SkuRow edit(SkuEdit edit, String user) {
        access.require(Permission.CATALOG_EDIT);
        if (edit.field() == SkuField.PRICE) {
            access.require(Permission.PRICE_CHANGE);
        }
        return transactions.inTransaction(() -> {
            Sku before = current(edit.skuId(), edit.version());
            Sku after = applied(before, edit);
            if (!CatalogValues.of(before).equals(CatalogValues.of(after))) {
                if (!repository.updateSkus(List.of(after), user, clock.instant()).isEmpty()) {
                    throw conflict("catalog.error.editConflict", before.code(), repository.lastChange(before.id()));
                }
                audit.record(user, CatalogAudit.of(CatalogAudit.EDIT, before, after));
            }
            return search.row(edit.skuId()).orElseThrow();
        });
    }

    /** Saves the product form and returns the product as stored. */
    public Product save(ProductEdit edit, String user) {
        access.require(Permission.CATALOG_EDIT);
        String title = edit.title() == null ? "" : edit.title().strip();
        if (title.isEmpty()) {
            throw new RefusedInputException("catalog.error.titleRequired");
        }
        if (title.length() > 200) {
            throw new RefusedInputException("catalog.error.titleTooLong", 200);
        }
        TextInput.checked(title, "input.field.title", 200);
        TextInput.checked(edit.brand(), "input.field.brand", 100);
        return transactions.inTransaction(() -> {
            Product before = repository.productsById(List.of(edit.productId())).get(edit.productId());
            if (before == null) {
                throw new RefusedInputException("catalog.error.productGone");
            }
            if (before.version() != edit.version()) {
                throw conflict("catalog.error.productConflict", before.code(),
                        repository.lastProductChange(before.id()));
            }
            String brand = edit.brand() == null || edit.brand().isBlank() ? null : edit.brand().strip();
            String tags = TextInput.checked(CatalogImport.tags(edit.tags() == null ? "" : edit.tags()),
                    "input.field.tags", 500);
            Product after = new Product(before.id(), before.code(), title, edit.categoryId(), brand,
                    CatalogValues.splitTags(tags), before.version());
            if (!CatalogValues.of(before).equals(CatalogValues.of(after))) {
                if (!repository.updateProducts(List.of(after), user, clock.instant()).isEmpty()) {
                    throw conflict("catalog.error.productConflict", before.code(),
                            repository.lastProductChange(before.id()));
                }
                repository.refreshSearchTextOfProducts(List.of(before.id()));
                audit.record(user, CatalogAudit.of(CatalogAudit.EDIT, before, after));
            }
            return repository.productsById(List.of(edit.productId())).get(edit.productId());
        });
    }

    /**
     * Applies a bulk change to the selected SKUs (id -> version shown). All or nothing: when any of them
     * changed since it was shown, or the change would make a price invalid, nothing is written.
     */
    public BulkResult apply(Map<Long, Integer> selected, BulkChange change, String user) {
        access.require(Permission.CATALOG_EDIT);
        if (changesPrice(change)) {
            access.require(Permission.PRICE_CHANGE);
        }
        return transactions.inTransaction(() -> {
            Map<Long, Sku> current = repository.skusById(selected.keySet());
            List<String> stale = new ArrayList<>();
            selected.forEach((id, version) -> {
                Sku s = current.get(id);
                if (s == null || s.version() != version) {
                    stale.add(s == null ? "#" + id : s.code());
                }
            });
            if (!stale.isEmpty()) {
                throw bulkConflict(stale, selected.size());
            }
            List<Sku> skus = current.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
            return change.changesProducts() ? applyToProducts(skus, change, user) : applyToSkus(skus, change, user);
        });
    }

    /**
     * Takes back a bulk change: every SKU and product it changed gets its values from before it. All or nothing:
     * when any of them was changed again since, nothing is written and the refusal names who changed it.
     */
    public BulkResult revert(CatalogRevert revert, String user) {
        access.require(Permission.CATALOG_EDIT);
        if (revert.changedPrices()) {
            access.require(Permission.PRICE_CHANGE);
        }
        return transactions.inTransaction(() -> {
            Map<Long, Sku> skusNow = repository.skusById(revert.skusBefore().stream().map(Sku::id).toList());
            Map<Long, Product> productsNow = repository.productsById(
                    revert.productsBefore().stream().map(Product::id).toList());
            List<Sku> skus = new ArrayList<>();
            List<AuditLog.Change> entries = new ArrayList<>();
            for (Sku before : revert.skusBefore()) {
                Sku now = skusNow.get(before.id());
                if (now == null || now.version() != before.version() + 1) {
                    throw undoConflict(before.code(), now == null ? Optional.empty() : repository.lastChange(now.id()));
                }
                Sku back = new Sku(now.id(), now.productId(), now.code(), before.barcode(), before.attributes(),
                        before.price(), before.cost(), before.weightGrams(), before.shelfLifeDays(), before.stage(),
                        before.listed(), now.kind(), now.bundle(), now.version());
                skus.add(back);
                entries.add(CatalogAudit.of(CatalogAudit.UNDO, now, back));
            }
            List<Product> products = new ArrayList<>();
            for (Product before : revert.productsBefore()) {
                Product now = productsNow.get(before.id());
                if (now == null || now.version() != before.version() + 1) {
                    throw undoConflict(before.code(),
                            now == null ? Optional.empty() : repository.lastProductChange(now.id()));
                }
                Product back = new Product(now.id(), now.code(), before.title(), before.categoryId(), before.brand(),
                        before.tags(), now.version());
                products.add(back);
                entries.add(CatalogAudit.of(CatalogAudit.UNDO, now, back));
            }
            // Changed again between the check above and this write (another desk was quicker): the same refusal.
            List<Long> staleSkus = repository.updateSkus(skus, user, clock.instant());
            if (!staleSkus.isEmpty()) {
                Sku stale = skus.stream().filter(s -> s.id() == staleSkus.get(0)).findFirst().orElseThrow();
                throw undoConflict(stale.code(), repository.lastChange(stale.id()));
            }
            List<Long> staleProducts = repository.updateProducts(products, user, clock.instant());
            if (!staleProducts.isEmpty()) {
                Product stale = products.stream().filter(p -> p.id() == staleProducts.get(0)).findFirst()
                        .orElseThrow();
                throw undoConflict(stale.code(), repository.lastProductChange(stale.id()));
            }
            repository.refreshSearchTextOfProducts(products.stream().map(Product::id).toList());
            audit.record(user, entries);
            return new BulkResult(skus.size(), products.size(), 0, CatalogRevert.NOTHING);
        });
    }

    /** Whether a bulk change sets or adjusts prices (the price-change right, beyond catalog editing). */
    public static boolean changesPrice(BulkChange change) {
        return change instanceof BulkChange.SetPrice || change instanceof BulkChange.AdjustPrice;
    }

    private BulkResult applyToSkus(List<Sku> skus, BulkChange change, String user) {
        List<Sku> changed = new ArrayList<>();
        List<AuditLog.Change> entries = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        MessageKey reason = null;
        for (Sku before : skus) {
            Sku after = change.applyTo(before);
            Optional<MessageKey> problem = MoneyRules.problem(after.price().amount());
            if (problem.isPresent()) {
                invalid.add(before.code());
                reason = reason == null ? problem.get() : reason;
                continue;
            }
            if (!CatalogValues.of(before).equals(CatalogValues.of(after))) {
                changed.add(after);
                entries.add(CatalogAudit.of(CatalogAudit.BULK, before, after));
            }
        }
        if (!invalid.isEmpty()) {
            throw new RefusedInputException("catalog.error.bulkInvalidPrice", invalid.size(),
                    String.join(", ", invalid.subList(0, Math.min(5, invalid.size()))), reason);
        }
        List<Long> stale = repository.updateSkus(changed, user, clock.instant());
        if (!stale.isEmpty()) {
            throw bulkConflict(skus.stream().filter(s -> stale.contains(s.id())).map(Sku::code).toList(), skus.size());
        }
        audit.record(user, entries);
        List<Sku> before = skus.stream().filter(s -> changed.stream().anyMatch(c -> c.id() == s.id())).toList();
        return new BulkResult(changed.size(), 0, skus.size() - changed.size(),
                new CatalogRevert(before, List.of(), changesPrice(change)));
    }

    private BulkResult applyToProducts(List<Sku> skus, BulkChange change, String user) {
        Map<Long, Product> products = repository.productsById(skus.stream().map(Sku::productId).distinct().toList());
        List<Product> changed = new ArrayList<>();
        List<AuditLog.Change> entries = new ArrayList<>();
        for (Product before : products.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
            Product after = change.applyTo(before);
            // Added tags can outgrow the column; refused before anything is written (all or nothing).
            TextInput.checked(String.join(",", after.tags()), "input.field.tags", 500);
            if (!CatalogValues.of(before).equals(CatalogValues.of(after))) {
                changed.add(after);
                entries.add(CatalogAudit.of(CatalogAudit.BULK, before, after));
            }
        }
        List<Long> stale = repository.updateProducts(changed, user, clock.instant());
        if (!stale.isEmpty()) {
            // The selection is of SKUs: the refusal names those whose product someone else changed.
            throw bulkConflict(skus.stream().filter(s -> stale.contains(s.productId())).map(Sku::code).toList(),
                    skus.size());
        }
        repository.refreshSearchTextOfProducts(changed.stream().map(Product::id).toList());
        audit.record(user, entries);
        long untouched = skus.stream().filter(s -> changed.stream().noneMatch(p -> p.id() == s.productId())).count();
        List<Product> before = changed.stream().map(p -> products.get(p.id())).toList();
        return new BulkResult(skus.size() - (int) untouched, changed.size(), (int) untouched,
                new CatalogRevert(List.of(), before, false));
    }

    private Sku current(long skuId, int version) {
        Sku sku = repository.skusById(List.of(skuId)).get(skuId);
        if (sku == null) {
            throw new RefusedInputException("catalog.error.skuGone");
        }
        if (sku.version() != version) {
            throw conflict("catalog.error.editConflict", sku.code(), repository.lastChange(skuId));
        }
        return sku;
    }

    private static Sku applied(Sku sku, SkuEdit edit) {
        String text = edit.value() == null ? "" : edit.value().strip();
        return switch (edit.field()) {
            case PRICE -> {
                if (text.isEmpty()) {
                    throw new RefusedInputException("catalog.error.priceRequired");
                }
                yield sku.withPrice(amount(text));
            }
            case COST -> sku.withCost(text.isEmpty() ? null : amount(text));
            case STAGE -> sku.withStage(stage(text));
            case LISTED -> sku.withListed(Boolean.parseBoolean(text));
        };
    }

    /** A stage by name; anything else is refused, not an IllegalArgumentException from valueOf. */
    private static LifecycleStage stage(String text) {
        for (LifecycleStage stage : LifecycleStage.values()) {
            if (stage.name().equalsIgnoreCase(text)) {
                return stage;
            }
        }
        throw new RefusedInputException("input.unknownStage", text);
    }

    /** A typed amount: the import's number forms (1,299.00 / ¥12 / full-width digits) and its limits. */
    private static BigDecimal amount(String text) {
        BigDecimal value = CellValues.decimal(text)
                .orElseThrow(() -> new RefusedInputException("catalog.error.notAnAmount", text));
        Optional<MessageKey> problem = MoneyRules.problem(value);
        if (problem.isPresent()) {
            throw new RefusedInputException("catalog.error.badAmount", text, problem.get());
        }
        return value;
    }

    /** Names the first five of the selected SKUs that someone else changed. */
    private static RefusedInputException bulkConflict(List<String> staleCodes, int selected) {
        return new RefusedInputException("catalog.error.bulkConflict", staleCodes.size(), selected,
                String.join(", ", staleCodes.subList(0, Math.min(5, staleCodes.size()))));
    }

    private static UserFacingException undoConflict(String code, Optional<LastChange> last) {
        return conflict("catalog.error.undoConflict", code, last);
    }

    private static UserFacingException conflict(String messageKey, String code, Optional<LastChange> last) {
        String who = last.map(LastChange::user).filter(u -> u != null && !u.isBlank()).orElse("?");
        Date when = last.map(LastChange::at).map(Date::from).orElse(null);
        return new RefusedInputException(messageKey, code, who, when);
    }
}
