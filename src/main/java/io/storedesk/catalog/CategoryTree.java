package io.storedesk.catalog;

import java.util.List;

/** The two-level category tree with SKU counts, the SKUs in no category, and all SKUs. */
public record CategoryTree(List<CategoryCount> categories, long uncategorised, long total) {

    public CategoryTree {
        categories = List.copyOf(categories);
    }

    public List<CategoryCount> topLevel() {
        return categories.stream().filter(c -> c.parentId() == null).toList();
    }

    public List<CategoryCount> childrenOf(long parentId) {
        return categories.stream().filter(c -> c.parentId() != null && c.parentId() == parentId).toList();
    }
}
