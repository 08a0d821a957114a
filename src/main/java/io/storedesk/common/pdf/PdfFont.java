package io.storedesk.common.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The font a StoreDesk PDF is written in (decision 0030): the first system CJK font with TrueType outlines,
 * embedded as a subset so the file reads anywhere; Helvetica when the machine has none, and then every character
 * Helvetica cannot show becomes "?" and {@link #showsChinese()} says so, for the window to tell the user.
 */
public final class PdfFont implements AutoCloseable {

    /**
     * TrueType-outline CJK fonts in order of preference, Linux, Windows, macOS. Noto/Source Han CJK are missing on
     * purpose: they have CFF outlines, which PDFBox cannot embed as a Type 0 font.
     */
    public static final List<Path> CJK_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/msyh.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("/System/Library/Fonts/STHeiti Light.ttc"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"));

    private final PDFont font;
    private final boolean showsChinese;
    private final AutoCloseable source;

    private PdfFont(PDFont font, boolean showsChinese, AutoCloseable source) {
        this.font = font;
        this.showsChinese = showsChinese;
        this.source = source;
    }

    /** The first candidate that loads, else Helvetica. Keep it open until the document is saved. */
    public static PdfFont load(PDDocument document, List<Path> candidates) {
        for (Path candidate : candidates) {
            if (Files.isReadable(candidate)) {
                try {
                    return loadFrom(document, candidate);
                } catch (IOException | RuntimeException e) {
                    // A font this PDFBox cannot read (CFF outlines, a broken file): try the next one.
                }
            }
        }
        return new PdfFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), false, () -> { });
    }

    public static PdfFont load(PDDocument document) {
        return load(document, CJK_CANDIDATES);
    }

    private static PdfFont loadFrom(PDDocument document, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            if (first.get() == null) {
                collection.close();
                throw new IOException("no font in " + file);
            }
            return new PdfFont(PDType0Font.load(document, first.get(), true), true, collection);
        }
        return new PdfFont(PDType0Font.load(document, file.toFile()), true, () -> { });
    }

    public PDFont font() {
        return font;
    }

    /** False when no CJK font was found: Chinese text then prints as question marks. */
    public boolean showsChinese() {
        return showsChinese;
    }

    /** The text with every character the font cannot show replaced by "?" (PDFBox refuses those outright). */
    public String printable(String text) {
        if (text == null) {
            return "";
        }
        try {
            font.encode(text);
            return text;
        } catch (IOException | IllegalArgumentException e) {
            StringBuilder shown = new StringBuilder();
            text.codePoints().forEach(c -> shown.append(canShow(c) ? Character.toString(c) : "?"));
            return shown.toString();
        }
    }

    /** The width of the text in points at the size. */
    public float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canShow(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (Exception e) {
            // Nothing left to do with a font file that will not close.
        }
    }
}
