package io.storedesk.catalog;

import io.storedesk.common.Money;
import io.storedesk.common.MessageKey;
import io.storedesk.common.UserFacingException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.FieldChange;
import io.storedesk.importing.ImportJobRecorder;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, for every catalog row, whether it creates a SKU (and maybe its product), changes one, changes
 * nothing or is refused, and writes the accepted rows recording their before-values.
 */
final class CatalogImportPlan implements ImportPlan {

    private final CatalogRepository repository;
    private final String currency;
    private final String user;
    private final Clock clock;
    private final List<RowOutcome> outcomes = new ArrayList<>();
    /** New products by code, in the order rows first asked for them. */
    private final Map<String, Product> newProducts = new LinkedHashMap<>();
    /** Changed existing products: id -> (before, after), and which fields a row already set. */
    private final Map<Long, Product[]> changedProducts = new LinkedHashMap<>();
    private final Map<Long, Map<String, Long>> productFieldSetBy = new HashMap<>();
    private final List<Sku> newSkus = new ArrayList<>();
    private final List<String> newSkuProducts = new ArrayList<>();
    private final List<Sku[]> changedSkus = new ArrayList<>();
    private final Map<String, Long> existingProductIds = new HashMap<>();
    private final Function<String, String> headerOf;
    /** Category names by id (as text), so the preview says 纸尿裤, not 12. */
    private final Map<String, String> categoryNames = new HashMap<>();

    CatalogImportPlan(List<CatalogImportRow> rows, CatalogRepository repository, String currency, String user,
                      Clock clock, Function<String, String> headerOf) {
        this.repository = repository;
        this.currency = currency;
        this.user = user;
        this.clock = clock;
        this.headerOf = headerOf;
        Set<String> skuCodes = new HashSet<>();
        Set<String> productCodes = new HashSet<>();
        for (CatalogImportRow row : rows) {
            skuCodes.add(row.sku());
            productCodes.add(row.productCode() != null ? row.productCode() : row.sku());
        }
        Map<String, Sku> existing = repository.skusByCode(skuCodes);
        Map<String, Product> productsByCode = repository.productsByCode(productCodes);
        productsByCode.forEach((code, product) -> existingProductIds.put(code, product.id()));
        Map<Long, Product> productsById = repository.productsById(existing.values().stream().map(Sku::productId)
                .toList());
        List<Category> all = repository.categories();
        all.forEach(c -> categoryNames.put(String.valueOf(c.id()), c.name()));
        CategoryIndex categories = new CategoryIndex(all);
        Map<String, Long> firstRow = new HashMap<>();
        for (CatalogImportRow row : rows) {
            outcomes.add(decide(row, existing, productsByCode, productsById, categories, firstRow));
        }
    }

    private RowOutcome decide(CatalogImportRow row, Map<String, Sku> existing, Map<String, Product> productsByCode,
                              Map<Long, Product> productsById, CategoryIndex categories, Map<String, Long> firstRow) {
        if (!row.problems().isEmpty()) {
            return RowOutcome.refused(row.row(), row.sku(), row.problems());
        }
        Long earlier = firstRow.putIfAbsent(row.sku(), row.row());
        if (earlier != null) {
            return RowOutcome.refused(row.row(), row.sku(), List.of(problem(row, "sku", row.sku(),
                    "import.reason.duplicateKey", earlier)));
        }
        List<RowProblem> warnings = new ArrayList<>(row.warnings());
        Long category = null;
        boolean categoryGiven = row.category().given();
        if (categoryGiven && !row.category().clear()) {
            category = categories.find(row.category().value()).orElse(null);
            if (category == null) {
                warnings.add(problem(row, "category", row.category().value(), "import.reason.unknownCategory"));
                categoryGiven = false;
            }
        }
        Sku current = existing.get(row.sku());
        return current != null
                ? change(row, current, productsById.get(current.productId()), categoryGiven, category, warnings)
                : create(row, productsByCode, categoryGiven, category, warnings);
    }

    private RowOutcome change(CatalogImportRow row, Sku current, Product product, boolean categoryGiven, Long category,
                              List<RowProblem> warnings) {
        if (row.productCode() != null && !row.productCode().equals(product.code())) {
            return RowOutcome.refused(row.row(), row.sku(), List.of(problem(row, "product", row.productCode(),
                    "import.reason.otherProduct", product.code())));
        }
        String currency = current.price().currency();
        Sku after = new Sku(current.id(), current.productId(), current.code(),
                kept(current.barcode(), row.barcode().applyTo(current.barcode())),
                kept(current.attributes(),
                        Objects.requireNonNullElse(row.attributes().applyTo(current.attributes()), "")),
                kept(current.price(), row.price().applyTo(current.price().amount()), currency),
                kept(current.cost(), row.cost().applyTo(current.cost() == null ? null : current.cost().amount()),
                        currency),
                kept(current.weightGrams(), row.weight().applyTo(current.weightGrams())),
                kept(current.shelfLifeDays(), row.shelfLife().applyTo(current.shelfLifeDays())),
                Objects.requireNonNullElse(row.stage().applyTo(current.stage()), current.stage()),
                Objects.requireNonNullElse(row.listed().applyTo(current.listed()), current.listed()), current.kind(),
                current.bundle(), current.version());
        List<FieldChange> changes = new ArrayList<>(CatalogValues.changes(CatalogValues.of(current),
                CatalogValues.of(after)));
        if (!changes.isEmpty()) {
            changedSkus.add(new Sku[] {current, after});
        }
        changes.addAll(changeProduct(row, product, categoryGiven, category, warnings));
        RowStatus status = changes.isEmpty() ? RowStatus.UNCHANGED : RowStatus.CHANGED;
        return new RowOutcome(row.row(), row.sku(), status, List.of(), warnings, changes);
    }

    /** Applies a row's product fields to its product; a second row may not overrule the first (a warning). */
    private List<FieldChange> changeProduct(CatalogImportRow row, Product product, boolean categoryGiven,
                                            Long category, List<RowProblem> warnings) {
        Product[] pair = changedProducts.get(product.id());
        Product before = pair == null ? product : pair[0];
        Product after = pair == null ? product : pair[1];
        Map<String, Long> setBy = productFieldSetBy.computeIfAbsent(product.id(), id -> new HashMap<>());
        String title = pick(row, "title", row.title().applyTo(after.title()), after.title(), setBy, warnings);
        Long categoryId = categoryGiven ? pickId(row, category, after.categoryId(), setBy, warnings) : after.categoryId();
        String brand = pick(row, "brand", row.brand().applyTo(after.brand()), after.brand(), setBy, warnings);
        String tags = pick(row, "tags", row.tags().applyTo(String.join(",", after.tags())), String.join(",",
                after.tags()), setBy, warnings);
        Product changed = new Product(after.id(), after.code(), title, categoryId, brand, CatalogValues.splitTags(tags),
                after.version());
        Map<String, String> was = CatalogValues.of(after);
        Map<String, String> now = CatalogValues.of(changed);
        if (!was.equals(now)) {
            changedProducts.put(product.id(), new Product[] {before, changed});
        }
        return named(CatalogValues.changes(was, now));
    }

    private List<FieldChange> named(List<FieldChange> changes) {
        return changes.stream().map(c -> !c.field().equals("category") ? c : new FieldChange(c.field(),
                c.before() == null ? null : categoryNames.getOrDefault(c.before(), c.before()),
                c.after() == null ? null : categoryNames.getOrDefault(c.after(), c.after()))).toList();
    }

    private String pick(CatalogImportRow row, String field, String wanted, String current, Map<String, Long> setBy,
                        List<RowProblem> warnings) {
        if (Objects.equals(wanted, current)) {
            return current;
        }
        Long by = setBy.get(field);
        if (by != null && by != row.row()) {
            warnings.add(problem(row, field, wanted == null ? "" : wanted, "import.reason.productFieldSetBefore", by));
            return current;
        }
        setBy.put(field, row.row());
        return wanted;
    }

    private Long pickId(CatalogImportRow row, Long wanted, Long current, Map<String, Long> setBy,
                        List<RowProblem> warnings) {
        String picked = pick(row, "category", wanted == null ? null : wanted.toString(),
                current == null ? null : current.toString(), setBy, warnings);
        return picked == null ? null : Long.valueOf(picked);
    }

    private RowOutcome create(CatalogImportRow row, Map<String, Product> productsByCode, boolean categoryGiven,
                              Long category, List<RowProblem> warnings) {
        String productCode = row.productCode() != null ? row.productCode() : row.sku();
        List<RowProblem> problems = new ArrayList<>();
        if (!row.price().given()) {
            problems.add(problem(row, "price", "", "import.reason.priceForNewSku"));
        }
        Product product = productsByCode.getOrDefault(productCode, newProducts.get(productCode));
        boolean newProduct = product == null;
        if (newProduct && (!row.title().given() || row.title().clear())) {
            problems.add(problem(row, "title", "", "import.reason.titleForNewProduct", productCode));
        }
        if (!problems.isEmpty()) {
            return RowOutcome.refused(row.row(), row.sku(), problems);
        }
        List<FieldChange> changes = new ArrayList<>();
        if (newProduct) {
            Product created = new Product(0, productCode, row.title().value(), categoryGiven ? category : null,
                    row.brand().applyTo(null), CatalogValues.splitTags(row.tags().applyTo("")), 0);
            newProducts.put(productCode, created);
            changes.addAll(named(CatalogValues.changes(Map.of(), CatalogValues.of(created))));
        }
        Sku sku = new Sku(0, 0, row.sku(), row.barcode().applyTo(null), Objects.requireNonNullElse(
                row.attributes().applyTo(""), ""), new Money(row.price().value(), currency),
                money(row.cost().applyTo(null), currency), row.weight().applyTo(null), row.shelfLife().applyTo(null),
                Objects.requireNonNullElse(row.stage().applyTo(null), LifecycleStage.MATURE),
                Objects.requireNonNullElse(row.listed().applyTo(null), true), SkuKind.GOODS, false, 0);
        newSkus.add(sku);
        newSkuProducts.add(productCode);
        changes.addAll(CatalogValues.changes(Map.of(), CatalogValues.of(sku)));
        return new RowOutcome(row.row(), row.sku(), RowStatus.NEW, List.of(), warnings, changes);
    }

    @Override
    public List<RowOutcome> outcomes() {
        return outcomes;
    }

    @Override
    public void apply(ImportJobRecorder recorder, ImportProgress progress) {
        Instant now = clock.instant();
        List<Product> products = List.copyOf(newProducts.values());
        List<Long> productIds = repository.insertProductsReturningIds(products, user);
        Map<String, Long> idOfProduct = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            idOfProduct.put(products.get(i).code(), productIds.get(i));
            recorder.record(new ChangeRecord(CatalogUndo.PRODUCT, products.get(i).code(), ChangeRecord.Operation.INSERT,
                    Map.of(), CatalogValues.of(products.get(i)), 0));
        }
        List<Product> updatedProducts = changedProducts.values().stream().map(pair -> pair[1]).toList();
        refuseStale(repository.updateProducts(updatedProducts, user, now));
        for (Product[] pair : changedProducts.values()) {
            recorder.record(updated(CatalogUndo.PRODUCT, pair[0].code(), CatalogValues.of(pair[0]),
                    CatalogValues.of(pair[1]), pair[0].version() + 1));
        }
        List<Sku> inserts = new ArrayList<>(newSkus.size());
        for (int i = 0; i < newSkus.size(); i++) {
            Sku s = newSkus.get(i);
            String code = newSkuProducts.get(i);
            long productId = idOfProduct.containsKey(code) ? idOfProduct.get(code) : existingProductIds.get(code);
            inserts.add(new Sku(0, productId, s.code(), s.barcode(), s.attributes(), s.price(), s.cost(), s.weightGrams(),
                    s.shelfLifeDays(), s.stage(), s.listed(), s.kind(), s.bundle(), 0));
        }
        repository.insertSkusReturningIds(inserts, user);
        inserts.forEach(s -> recorder.record(new ChangeRecord(CatalogUndo.SKU, s.code(), ChangeRecord.Operation.INSERT,
                Map.of(), CatalogValues.of(s), 0)));
        refuseStale(repository.updateSkus(changedSkus.stream().map(pair -> pair[1]).toList(), user, now));
        for (Sku[] pair : changedSkus) {
            recorder.record(updated(CatalogUndo.SKU, pair[0].code(), CatalogValues.of(pair[0]), CatalogValues.of(pair[1]),
                    pair[0].version() + 1));
        }
        // updateSkus wrote the search text of the SKUs it changed; the other SKUs of a product whose title or tags
        // changed still need theirs (a new price leaves it as it is).
        repository.refreshSearchTextOfProducts(changedProducts.values().stream()
                .filter(pair -> !Objects.equals(pair[0].title(), pair[1].title())
                        || !pair[0].tags().equals(pair[1].tags()))
                .map(pair -> pair[0].id()).toList());
    }

    /**
     * The record of an update holds the fields it changed, before and after, not the whole row: undo puts those
     * back over the row (which it first checks is as the import left it). A price list sent back with new prices
     * then records a price per row, not fourteen fields twice.
     */
    private static ChangeRecord updated(String entity, String key, Map<String, String> before,
                                        Map<String, String> after, int versionAfter) {
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                was.put(field, before.get(field));
                now.put(field, value);
            }
        });
        return new ChangeRecord(entity, key, ChangeRecord.Operation.UPDATE, was, now, versionAfter);
    }

    private static void refuseStale(List<Long> stale) {
        if (!stale.isEmpty()) {
            throw new UserFacingException("import.error.changedMeanwhile", stale.size());
        }
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    /**
     * The store's value when the row asks for the same one, so that the SKU after shares it: a large catalog
     * sent back with a few fields changed then holds little more in memory than the SKUs it changes.
     */
    private static <T> T kept(T current, T wanted) {
        return Objects.equals(current, wanted) ? current : wanted;
    }

    private static Money kept(Money current, BigDecimal wanted, String currency) {
        if (wanted == null) {
            return null;
        }
        return current != null && current.amount().compareTo(wanted) == 0 ? current : new Money(wanted, currency);
    }

    private RowProblem problem(CatalogImportRow row, String field, String value, String reasonKey,
                               Object... arguments) {
        return new RowProblem(row.row(), headerOf.apply(field), value, new MessageKey(reasonKey, arguments));
    }
}
