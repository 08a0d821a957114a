package io.storedesk.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How a CSV file is written: its encoding (UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * GB18030 as Chinese Excel writes it) and its delimiter (comma, semicolon or tab), told from its first
 * bytes.
 */
record CsvLayout(Charset charset, int bomLength, char delimiter) {

    static final Charset GB18030 = Charset.forName("GB18030");

    static CsvLayout of(byte[] head) {
        Charset charset;
        int bom = 0;
        if (SpreadsheetFiles.startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (SpreadsheetFiles.startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (SpreadsheetFiles.startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = isUtf8(head) ? StandardCharsets.UTF_8 : GB18030;
        }
        String sample = decodeLeniently(head, bom, charset);
        return new CsvLayout(charset, bom, delimiter(sample));
    }

    String describe() {
        String encoding = charset.equals(GB18030) ? "GB18030/GBK" : charset.name() + (bomLength > 0 ? " BOM" : "");
        String separator = switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
        return "CSV, " + encoding + ", " + separator;
    }

    /**
     * UTF-8, unless the bytes break UTF-8 before any Chinese (or other multi-byte) character was read. A
     * file that starts as good UTF-8 and breaks later is UTF-8 with damaged rows: reading it as GB18030
     * would garble the good rows silently, so it is read as UTF-8 and refused at the damaged row.
     */
    private static boolean isUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        if (!decoder.decode(in, out, false).isError()) {
            return true;
        }
        out.flip();
        return out.codePoints().anyMatch(c -> c > 0x7F);
    }

    private static String decodeLeniently(byte[] head, int bom, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head, bom, head.length - bom)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /**
     * The separator that splits the first lines most consistently (quotes respected). Comma wins ties,
     * as most exports use it.
     */
    static char delimiter(String sample) {
        String[] lines = sample.split("\r\n|\n|\r", 51);
        int usable = Math.min(lines.length, 50);
        char best = ',';
        double bestScore = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            Map.Entry<Integer, Integer> stats = counts(lines, usable, candidate);
            int consistentLines = stats.getKey();
            int fields = stats.getValue();
            double score = consistentLines * 1000.0 + fields;
            if (fields > 0 && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** (lines with the same count as the first line, the first line's count) for one separator. */
    private static Map.Entry<Integer, Integer> counts(String[] lines, int usable, char separator) {
        int first = -1;
        int consistent = 0;
        for (int i = 0; i < usable; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int n = countOutsideQuotes(lines[i], separator);
            if (first < 0) {
                first = n;
            }
            if (n == first && n > 0) {
                consistent++;
            }
        }
        return Map.entry(consistent, Math.max(first, 0));
    }

    private static int countOutsideQuotes(String line, char separator) {
        boolean quoted = false;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                count++;
            }
        }
        return count;
    }
}
