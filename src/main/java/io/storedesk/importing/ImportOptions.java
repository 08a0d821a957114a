package io.storedesk.importing;

import java.util.Map;

/**
 * How to run an import. mapping: field -> header text chosen by the user ("" leaves a field out);
 * createMissingSkus: orders may create SKUs they name but the catalog lacks.
 */
public record ImportOptions(ImportMode mode, boolean dryRun, boolean createMissingSkus, Map<String, String> mapping,
                            String user) {

    public ImportOptions {
        mapping = Map.copyOf(mapping);
    }

    public static ImportOptions dryRun(String user) {
        return new ImportOptions(ImportMode.ALL_OR_NOTHING, true, false, Map.of(), user);
    }

    public ImportOptions applying(ImportMode newMode) {
        return new ImportOptions(newMode, false, createMissingSkus, mapping, user);
    }
}
