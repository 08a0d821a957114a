package io.storedesk.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A change made to many selected SKUs at once. Category and tags belong to the SKUs' products
 * ({@link #changesProducts}); the others to the SKUs themselves.
 */
public sealed interface BulkChange {

    boolean changesProducts();

    /** The SKU after the change (SKU changes only). */
    default Sku applyTo(Sku sku) {
        return sku;
    }

    /** The product after the change (product changes only). */
    default Product applyTo(Product product) {
        return product;
    }

    /** Every selected SKU gets this price. */
    record SetPrice(BigDecimal price) implements BulkChange {

        @Override
        public boolean changesProducts() {
            return false;
        }

        @Override
        public Sku applyTo(Sku sku) {
            return sku.withPrice(price);
        }
    }

    /** Raises (positive) or lowers (negative) each price by an amount, or by a percentage of itself. */
    record AdjustPrice(BigDecimal by, boolean percent) implements BulkChange {

        @Override
        public boolean changesProducts() {
            return false;
        }

        @Override
        public Sku applyTo(Sku sku) {
            return sku.withPrice(PriceAdjustment.adjust(sku.price().amount(), by, percent));
        }
    }

    record SetStage(LifecycleStage stage) implements BulkChange {

        @Override
        public boolean changesProducts() {
            return false;
        }

        @Override
        public Sku applyTo(Sku sku) {
            return sku.withStage(stage);
        }
    }

    record SetListed(boolean listed) implements BulkChange {

        @Override
        public boolean changesProducts() {
            return false;
        }

        @Override
        public Sku applyTo(Sku sku) {
            return sku.withListed(listed);
        }
    }

    /** Moves the SKUs' products into a category (null: no category). */
    record SetCategory(Long categoryId) implements BulkChange {

        @Override
        public boolean changesProducts() {
            return true;
        }

        @Override
        public Product applyTo(Product product) {
            return product.withCategory(categoryId);
        }
    }

    record AddTags(List<String> tags) implements BulkChange {

        public AddTags {
            tags = List.copyOf(tags);
        }

        @Override
        public boolean changesProducts() {
            return true;
        }

        @Override
        public Product applyTo(Product product) {
            return product.withTags(Tags.add(product.tags(), tags));
        }
    }

    record RemoveTags(List<String> tags) implements BulkChange {

        public RemoveTags {
            tags = List.copyOf(tags);
        }

        @Override
        public boolean changesProducts() {
            return true;
        }

        @Override
        public Product applyTo(Product product) {
            return product.withTags(Tags.remove(product.tags(), tags));
        }
    }
}
