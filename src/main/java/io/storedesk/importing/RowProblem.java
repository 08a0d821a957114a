package io.storedesk.importing;

import io.storedesk.common.MessageKey;

/** Why one row was refused: its row number, the column (as the file names it), what the cell held, and why. */
public record RowProblem(long row, String column, String value, MessageKey reason) {
}
