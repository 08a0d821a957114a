package io.storedesk.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a category by its code, its name (if unique), or its path ("奶粉/婴儿配方奶粉", "Apparel > Shirts"). */
final class CategoryIndex {

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byPath = new HashMap<>();
    private final Map<String, Optional<Long>> found = new HashMap<>();

    CategoryIndex(List<Category> categories) {
        Map<Long, Category> byId = new HashMap<>();
        categories.forEach(c -> byId.put(c.id(), c));
        Map<String, Integer> nameCounts = new HashMap<>();
        categories.forEach(c -> nameCounts.merge(c.name(), 1, Integer::sum));
        for (Category c : categories) {
            byCode.put(c.code(), c.id());
            if (nameCounts.get(c.name()) == 1) {
                byName.put(c.name(), c.id());
            }
            if (c.parentId() != null && byId.containsKey(c.parentId())) {
                byPath.put(byId.get(c.parentId()).name() + "/" + c.name(), c.id());
            }
        }
    }

    /** A catalog names a few categories on thousands of rows: each text is looked up once. */
    Optional<Long> find(String text) {
        return found.computeIfAbsent(text, this::lookUp);
    }

    private Optional<Long> lookUp(String text) {
        String t = text.strip();
        if (byCode.containsKey(t)) {
            return Optional.of(byCode.get(t));
        }
        if (byName.containsKey(t)) {
            return Optional.of(byName.get(t));
        }
        String path = t.replaceAll("\\s*[>/＞／]\\s*", "/");
        return Optional.ofNullable(byPath.get(path));
    }
}
