package io.storedesk.cli;

import java.util.List;
import java.util.function.Consumer;

/** Prints rows as aligned columns in a terminal, counting a Chinese character as two columns wide. */
final class TextTable {

    private TextTable() {
    }

    /** The first row is the header; every row has the same number of cells. */
    static void print(List<String[]> rows, Consumer<String> line) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                text.append(row[i]);
                if (i < row.length - 1) {
                    text.append(" ".repeat(widths[i] - width(row[i]) + 2));
                }
            }
            line.accept(text.toString().stripTrailing());
        }
    }

    /** Terminal columns the text takes: East Asian wide and full-width characters take two. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
