package io.storedesk.common.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes lines down A4 pages, top to bottom, with a cursor that starts a new page when the next line would not
 * fit. Unchecked exceptions only: a PDF being written to a file has nowhere sensible to recover from I/O.
 */
public final class PdfSheet implements AutoCloseable {

    public static final float MARGIN = 40;

    private final PDDocument document;
    private final PdfFont font;
    private final PDRectangle size;
    private PDPageContentStream stream;
    private float y;

    public PdfSheet(PDDocument document, PdfFont font, PDRectangle size) {
        this.document = document;
        this.font = font;
        this.size = size;
    }

    public void newPage() {
        closeStream();
        PDPage page = new PDPage(size);
        document.addPage(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - MARGIN;
    }

    /** True when height points still fit above the bottom margin. */
    public boolean fits(float height) {
        return stream != null && y - height >= MARGIN;
    }

    public float y() {
        return y;
    }

    public float width() {
        return size.getWidth();
    }

    public float bottom() {
        return MARGIN;
    }

    public void down(float points) {
        y -= points;
    }

    /** Text with its baseline at the cursor, starting at x. */
    public void text(float x, String text, float fontSize) {
        try {
            stream.beginText();
            stream.setFont(font.font(), fontSize);
            stream.newLineAtOffset(x, y);
            stream.showText(font.printable(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text whose right edge is at right. */
    public void textRight(float right, String text, float fontSize) {
        text(right - font.width(text, fontSize), text, fontSize);
    }

    /** A thin horizontal rule at the cursor. */
    public void rule(float from, float to) {
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(from, y);
            stream.lineTo(to, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty square for a tick, its bottom on the baseline. */
    public void tickBox(float x, float side) {
        try {
            stream.setLineWidth(0.7f);
            stream.addRect(x, y - 1, side, side);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The open page's content stream, for drawing this class does not offer. */
    public PDPageContentStream stream() {
        return stream;
    }

    public PdfFont font() {
        return font;
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
