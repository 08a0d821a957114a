package io.storedesk.importing;

import java.util.List;

/**
 * A canonical field of an import kind: its name (also its resource key, import.field.NAME), how its
 * cells are read, whether every row needs it, the longest text the store keeps, and the header names
 * people give it in English and Chinese exports.
 */
public record FieldSpec(String name, FieldType type, boolean required, int maxLength, List<String> aliases) {

    public FieldSpec {
        aliases = List.copyOf(aliases);
    }

    public static FieldSpec required(String name, FieldType type, int maxLength, String... aliases) {
        return new FieldSpec(name, type, true, maxLength, List.of(aliases));
    }

    public static FieldSpec optional(String name, FieldType type, int maxLength, String... aliases) {
        return new FieldSpec(name, type, false, maxLength, List.of(aliases));
    }

    /** Whether a header (as written in the file) names this field. */
    public boolean matches(String header) {
        String normalized = HeaderNames.normalize(header);
        if (normalized.isEmpty()) {
            return false;
        }
        if (HeaderNames.normalize(name).equals(normalized)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> HeaderNames.normalize(a).equals(normalized));
    }
}
