package io.storedesk.catalog;

import io.storedesk.common.Money;

/**
 * What the search index keeps of a SKU: its search text, what the filters look at and what the sorts
 * order by. categoryId/parentCategoryId null = none. topCategorySort is the sort order of the category's
 * top-level category (its own when top-level); categorySort its own; both null without a category.
 */
public record SkuIndexRow(long id, String searchText, Long categoryId, Long parentCategoryId, Integer topCategorySort,
                          Integer categorySort,
                          String categoryName, String productCode, String title, String code, Money price, Money cost,
                          LifecycleStage stage, boolean listed) {
}
