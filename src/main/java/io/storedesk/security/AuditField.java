package io.storedesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One field of an audit entry with its value before and after (null = absent), for a side-by-side view. */
public record AuditField(String field, String before, String after) {

    public boolean changed() {
        return !Objects.equals(before, after);
    }

    /** Every field the entry names, before or after, in name order. */
    public static List<AuditField> of(AuditEntry entry) {
        Set<String> names = new TreeSet<>(entry.before().keySet());
        names.addAll(entry.after().keySet());
        List<AuditField> fields = new ArrayList<>(names.size());
        for (String name : names) {
            fields.add(new AuditField(name, entry.before().get(name), entry.after().get(name)));
        }
        return fields;
    }
}
