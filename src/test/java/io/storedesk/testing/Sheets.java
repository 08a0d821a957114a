package io.storedesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small spreadsheets for import tests. */
public final class Sheets {

    private Sheets() {
    }

    /** A CSV file from lines of text, in the given encoding (no byte-order mark). */
    public static Path csv(String name, Charset charset, String... lines) {
        Path file = TestStores.newDirectory().resolve(name);
        try {
            Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Path csv(String name, String... lines) {
        return csv(name, StandardCharsets.UTF_8, lines);
    }

    /**
     * An XLSX file: each row's cells are Strings (text), Numbers (numeric cells), or "=..." strings
     * (formulas).
     */
    public static Path xlsx(String name, List<List<Object>> rows) {
        Path file = TestStores.newDirectory().resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "StoreDesk tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("商品");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value instanceof String s && s.startsWith("=")) {
                        sheet.formula(r, c, s.substring(1));
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
