package io.storedesk.dashboard.snapshot;

import io.storedesk.common.Messages;
import io.storedesk.common.pdf.PdfFont;
import io.storedesk.common.pdf.PdfSheet;
import io.storedesk.common.pdf.PrintedFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a dashboard picture to PDF: a header (title, period, filters, printed when and by whom) as text, so it
 * can be searched and read back, then the picture at the page's width, continued on further pages when it is
 * taller than one (the same image, shown through a window that moves down it).
 */
public final class DashboardSnapshotPdf {

    private static final float TITLE = 15;
    private static final float BODY = 9;
    private static final float LEADING = 13;

    private DashboardSnapshotPdf() {
    }

    public static PrintedFile write(Path file, DashboardPicture picture, String printedAt, String printedBy,
                                    Messages messages, List<Path> fontCandidates) {
        try (PDDocument document = new PDDocument();
             PdfFont font = PdfFont.load(document, fontCandidates)) {
            PDImageXObject image = LosslessFactory.createFromImage(document, image(picture));
            try (PdfSheet sheet = new PdfSheet(document, font, PDRectangle.A4)) {
                sheet.newPage();
                sheet.down(TITLE);
                sheet.text(PdfSheet.MARGIN, picture.title(), TITLE);
                sheet.down(LEADING + 4);
                sheet.text(PdfSheet.MARGIN, messages.get("snapshot.pdf.period", picture.period()), BODY);
                sheet.down(LEADING);
                sheet.text(PdfSheet.MARGIN, messages.get("snapshot.pdf.filters", picture.filters()), BODY);
                sheet.down(LEADING);
                sheet.text(PdfSheet.MARGIN, messages.get("snapshot.pdf.printed", printedAt, printedBy), BODY);
                sheet.down(8);
                drawAcrossPages(sheet, image, picture);
            }
            document.save(file.toFile());
            return new PrintedFile(file, document.getNumberOfPages(), font.showsChinese());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawAcrossPages(PdfSheet sheet, PDImageXObject image, DashboardPicture picture)
            throws IOException {
        float width = sheet.width() - 2 * PdfSheet.MARGIN;
        float height = width * picture.height() / picture.width();
        float shown = 0;
        while (shown < height - 0.5f) {
            float top = sheet.y();
            float room = top - sheet.bottom();
            PDPageContentStream stream = sheet.stream();
            stream.saveGraphicsState();
            stream.addRect(PdfSheet.MARGIN, sheet.bottom(), width, room);
            stream.clip();
            // The image's top edge sits `shown` points above this page's window.
            stream.drawImage(image, PdfSheet.MARGIN, top + shown - height, width, height);
            stream.restoreGraphicsState();
            shown += room;
            if (shown < height - 0.5f) {
                sheet.newPage();
            }
        }
    }

    private static BufferedImage image(DashboardPicture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        return image;
    }
}
