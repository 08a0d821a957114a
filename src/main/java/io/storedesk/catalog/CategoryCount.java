package io.storedesk.catalog;

/**
 * A category in the catalog tree with how many SKUs it holds (a top-level category counts its
 * sub-categories' SKUs too). parentId null = top level.
 */
public record CategoryCount(long id, Long parentId, String code, String name, long skus) {
}
