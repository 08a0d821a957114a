package io.storedesk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Adding and removing a product's tags: order kept, no repeats, matched exactly. */
final class Tags {

    private Tags() {
    }

    static List<String> add(List<String> current, List<String> added) {
        Set<String> all = new LinkedHashSet<>(current);
        added.stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(all::add);
        return new ArrayList<>(all);
    }

    static List<String> remove(List<String> current, List<String> removed) {
        List<String> kept = new ArrayList<>(current);
        kept.removeAll(removed.stream().map(String::strip).toList());
        return kept;
    }
}
