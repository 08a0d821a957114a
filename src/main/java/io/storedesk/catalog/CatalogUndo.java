package io.storedesk.catalog;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.UndoConflict;
import io.storedesk.importing.UndoHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Undo of catalog imports: puts back SKU and product values, removes SKUs and products an import created. */
final class CatalogUndo {

    static final String SKU = "sku";
    static final String PRODUCT = "product";

    private CatalogUndo() {
    }

    static List<UndoHandler> handlers(CatalogRepository repository, Clock clock) {
        return List.of(new SkuUndo(repository, clock), new ProductUndo(repository, clock));
    }

    private record SkuUndo(CatalogRepository repository, Clock clock) implements UndoHandler {

        @Override
        public String entity() {
            return SKU;
        }

        @Override
        public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
            Map<String, Sku> current = repository.skusByCode(changes.stream().map(ChangeRecord::key).toList());
            List<UndoConflict> conflicts = new ArrayList<>();
            List<Long> inserted = new ArrayList<>();
            for (ChangeRecord change : changes) {
                Sku now = current.get(change.key());
                if (now == null) {
                    conflicts.add(conflict(change, "import.reason.undoGone"));
                } else if (now.version() != change.versionAfter()) {
                    conflicts.add(conflict(change, "import.reason.undoChangedSince"));
                } else if (change.operation() == ChangeRecord.Operation.INSERT) {
                    inserted.add(now.id());
                }
            }
            Set<Long> used = repository.skusInUse(inserted);
            for (ChangeRecord change : changes) {
                Sku now = current.get(change.key());
                if (now != null && used.contains(now.id())) {
                    conflicts.add(conflict(change, "import.reason.undoInUse"));
                }
            }
            return conflicts;
        }

        @Override
        public void undo(List<ChangeRecord> changes, String user) {
            Map<String, Sku> current = repository.skusByCode(changes.stream().map(ChangeRecord::key).toList());
            List<Long> delete = new ArrayList<>();
            List<Sku> restore = new ArrayList<>();
            Set<Long> products = new HashSet<>();
            for (ChangeRecord change : changes) {
                Sku now = current.get(change.key());
                products.add(now.productId());
                if (change.operation() == ChangeRecord.Operation.INSERT) {
                    delete.add(now.id());
                } else {
                    restore.add(CatalogValues.sku(now.id(), now.code(), now.version(),
                            CatalogValues.withBefore(CatalogValues.of(now), change.before())));
                }
            }
            repository.deleteSkus(delete);
            if (!repository.updateSkus(restore, user, clock.instant()).isEmpty()) {
                throw new RefusedInputException("import.error.changedMeanwhile", restore.size());
            }
            repository.refreshSearchTextOfProducts(products);
        }
    }

    private record ProductUndo(CatalogRepository repository, Clock clock) implements UndoHandler {

        @Override
        public String entity() {
            return PRODUCT;
        }

        @Override
        public List<UndoConflict> conflicts(List<ChangeRecord> changes) {
            Map<String, Product> current = repository.productsByCode(changes.stream().map(ChangeRecord::key).toList());
            List<UndoConflict> conflicts = new ArrayList<>();
            for (ChangeRecord change : changes) {
                Product now = current.get(change.key());
                if (now == null) {
                    conflicts.add(conflict(change, "import.reason.undoGone"));
                } else if (now.version() != change.versionAfter()) {
                    conflicts.add(conflict(change, "import.reason.undoChangedSince"));
                }
            }
            return conflicts;
        }

        @Override
        public void undo(List<ChangeRecord> changes, String user) {
            Map<String, Product> current = repository.productsByCode(changes.stream().map(ChangeRecord::key).toList());
            List<Long> delete = new ArrayList<>();
            List<Product> restore = new ArrayList<>();
            for (ChangeRecord change : changes) {
                Product now = current.get(change.key());
                if (change.operation() == ChangeRecord.Operation.INSERT) {
                    delete.add(now.id());
                } else {
                    restore.add(CatalogValues.product(now.id(), now.code(), now.version(),
                            CatalogValues.withBefore(CatalogValues.of(now), change.before())));
                }
            }
            // SKUs are undone first; a created product that still has SKUs got them from someone else since.
            Set<Long> stillUsed = repository.productsWithSkus(delete);
            if (!stillUsed.isEmpty()) {
                throw new RefusedInputException("import.error.undoConflict", "", stillUsed.size(), "",
                        new MessageKey("import.reason.undoInUse"));
            }
            repository.deleteProducts(delete);
            if (!repository.updateProducts(restore, user, clock.instant()).isEmpty()) {
                throw new RefusedInputException("import.error.changedMeanwhile", restore.size());
            }
            repository.refreshSearchTextOfProducts(restore.stream().map(Product::id).toList());
        }
    }

    private static UndoConflict conflict(ChangeRecord change, String reasonKey) {
        return new UndoConflict(change.entity(), change.key(), new MessageKey(reasonKey));
    }
}
