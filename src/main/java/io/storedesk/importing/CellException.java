package io.storedesk.importing;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;

/** A cell that cannot be read: which file, which row (1 = header), which column, what it held, and why. */
public class CellException extends RefusedInputException {

    private final String file;
    private final long row;
    private final String column;

    public CellException(String file, long row, String column, String value, String reasonKey) {
        super("import.error.cell", file, row, column, value, new MessageKey(reasonKey));
        this.file = file;
        this.row = row;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }
}
