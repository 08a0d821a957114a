package io.storedesk.importing;

/** All rows or none (any refused row stops the import), or the valid rows only (refused ones are reported). */
public enum ImportMode {
    ALL_OR_NOTHING, VALID_ONLY
}
