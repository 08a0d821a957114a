package io.storedesk.importing;

/** How a field's cells are read. */
public enum FieldType {
    TEXT, CODE, DECIMAL, INTEGER, BOOLEAN, DATE, DATE_TIME
}
