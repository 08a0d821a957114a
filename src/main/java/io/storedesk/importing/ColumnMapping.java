package io.storedesk.importing;

import io.storedesk.common.RefusedInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file holds which field. Built from the header through the fields' aliases, then
 * adjusted by a mapping the user saved for this file layout (or gave on the command line).
 */
public final class ColumnMapping {

    private final List<String> header;
    private final Map<String, Integer> columns;

    private ColumnMapping(List<String> header, Map<String, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /**
     * Maps the header: explicit entries (field -> header text, or "" to leave a field out) win over
     * aliases. Two columns with the same name, or two columns for one field, are refused.
     */
    public static ColumnMapping resolve(String fileName, List<String> header, List<FieldSpec> fields,
                                        Map<String, String> explicit) {
        refuseRepeatedHeaders(fileName, header);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (FieldSpec field : fields) {
            String chosen = explicit.get(field.name());
            if (chosen != null) {
                if (!chosen.isBlank()) {
                    int index = indexOf(header, chosen);
                    if (index < 0) {
                        throw new RefusedInputException("import.error.mappingUnknownColumn", fileName, chosen,
                                field.name());
                    }
                    columns.put(field.name(), index);
                }
                continue;
            }
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (field.matches(header.get(i)) && !columns.containsValue(i)) {
                    matches.add(i);
                }
            }
            if (matches.size() > 1) {
                throw new RefusedInputException("import.error.ambiguousColumns", fileName, field.name(),
                        header.get(matches.get(0)), header.get(matches.get(1)));
            }
            if (matches.size() == 1) {
                columns.put(field.name(), matches.get(0));
            }
        }
        return new ColumnMapping(header, columns);
    }

    private static void refuseRepeatedHeaders(String fileName, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            for (int j = i + 1; j < header.size(); j++) {
                if (!header.get(i).isBlank() && HeaderNames.normalize(header.get(i))
                        .equals(HeaderNames.normalize(header.get(j)))) {
                    throw new RefusedInputException("import.error.repeatedHeader", fileName, header.get(i), i + 1,
                            j + 1);
                }
            }
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(name) || HeaderNames.normalize(header.get(i)).equals(HeaderNames.normalize(name))) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Integer> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }

    /** The header text of a field's column, as the file writes it. */
    public String headerOf(String field) {
        Integer index = columns.get(field);
        return index == null ? field : header.get(index);
    }

    /** field -> header text, for saving and showing. */
    public Map<String, String> asHeaders() {
        Map<String, String> result = new LinkedHashMap<>();
        columns.forEach((field, index) -> result.put(field, header.get(index)));
        return result;
    }

    /** Columns of the file that no field reads. */
    public List<String> unusedColumns() {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!columns.containsValue(i) && !header.get(i).isBlank()) {
                unused.add(header.get(i));
            }
        }
        return unused;
    }

    public List<String> header() {
        return header;
    }
}
