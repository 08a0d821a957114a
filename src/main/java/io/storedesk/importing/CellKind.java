package io.storedesk.importing;

/** What a spreadsheet cell held: CSV cells are always TEXT; a workbook tells numbers, formulas and errors. */
public enum CellKind {
    EMPTY, TEXT, NUMBER, BOOLEAN, FORMULA, ERROR
}
