package io.storedesk.importing;

import io.storedesk.common.RefusedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens a spreadsheet for import, deciding from its content (not its name) what it is: an XLSX
 * workbook, or CSV text. Old binary .xls files, password-protected workbooks, binary files and files
 * past the limits are refused with a message that says what to do.
 */
public final class SpreadsheetFiles {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final int SNIFF = 64 * 1024;

    private SpreadsheetFiles() {
    }

    public static TabularSource open(Path file, ImportLimits limits) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new RefusedInputException("import.error.notFound", file);
        }
        byte[] head = head(file);
        long size = size(file);
        if (size == 0) {
            throw new RefusedInputException("import.error.empty", name);
        }
        if (size > limits.maxFileBytes()) {
            throw new RefusedInputException("import.error.tooLarge", name, megabytes(size),
                    megabytes(limits.maxFileBytes()));
        }
        if (startsWith(head, ZIP)) {
            return XlsxSource.open(file, limits);
        }
        if (startsWith(head, OLE2)) {
            // An encrypted .xlsx is an OLE2 container holding an "EncryptedPackage" stream; anything else is an old .xls.
            throw new RefusedInputException(contains(head, ENCRYPTED_PACKAGE) ? "import.error.passwordProtected"
                    : "import.error.legacyXls", name);
        }
        if (looksBinary(head)) {
            throw new RefusedInputException("import.error.notSpreadsheet", name);
        }
        return CsvSource.open(file, head, limits);
    }

    /** NUL bytes never appear in CSV text, except in UTF-16 (which starts with its byte-order mark). */
    private static boolean looksBinary(byte[] head) {
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return false;
        }
        for (int i = 0; i < Math.min(head.length, 8192); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, Math.round(bytes / (1024.0 * 1024.0))));
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
