package io.storedesk.importing;

/**
 * One cell as read: its text (for a number, the exact stored value such as 40887.5347222222 or
 * 6931800000010; for a formula, the value Excel cached) and what kind of cell it was.
 */
public record SourceCell(String text, CellKind kind) {

    public static final SourceCell EMPTY = new SourceCell("", CellKind.EMPTY);

    public static SourceCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new SourceCell(text, CellKind.TEXT);
    }

    /** Empty, or only spaces. A formula or an error cell is never blank, even without a cached value. */
    public boolean isBlank() {
        return kind == CellKind.EMPTY || (kind != CellKind.FORMULA && kind != CellKind.ERROR && text.isBlank());
    }
}
