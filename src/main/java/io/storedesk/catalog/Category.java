package io.storedesk.catalog;

/** A category; parentId null = top level. The catalog has two levels. id 0 = not yet stored. */
public record Category(long id, Long parentId, String code, String name, int sortOrder) {

    public boolean isTopLevel() {
        return parentId == null;
    }
}
