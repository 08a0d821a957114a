package io.storedesk.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row an import wrote: which entity and key, whether it inserted or updated it, the values before and
 * after (as text), and the row version it left, so undo can tell whether anything touched it since.
 */
public record ChangeRecord(String entity, String key, Operation operation, Map<String, String> before,
                           Map<String, String> after, Integer versionAfter) {

    public enum Operation {
        INSERT, UPDATE
    }

    /** Values may be null (a field that was empty), so the maps are copied without Map.copyOf. */
    public ChangeRecord {
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }
}
