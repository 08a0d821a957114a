package io.storedesk.catalog;

import java.util.List;

/** A product (SPU): the listing a shopper sees, grouping its SKUs. id 0 = not yet stored. */
public record Product(long id, String code, String title, Long categoryId, String brand, List<String> tags,
                      int version) {

    public Product {
        tags = List.copyOf(tags);
    }

    /** The same product in another category (null = none). */
    public Product withCategory(Long newCategoryId) {
        return new Product(id, code, title, newCategoryId, brand, tags, version);
    }

    public Product withTags(List<String> newTags) {
        return new Product(id, code, title, categoryId, brand, newTags, version);
    }
}
