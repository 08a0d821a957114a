package io.storedesk.orders.picklist;

import io.storedesk.common.Messages;
import io.storedesk.common.pdf.PdfFont;
import io.storedesk.common.pdf.PdfSheet;
import io.storedesk.common.pdf.PrintedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes pick lists as a PDF: each warehouse starts a page headed by the warehouse, the date and who printed it;
 * a row per SKU with a box to tick, the code, the title, the units and the orders they go to.
 */
public final class PickListPdf {

    private static final float TITLE = 15;
    private static final float BODY = 9;
    private static final float LEADING = 12;
    private static final float TICK_X = PdfSheet.MARGIN;
    private static final float SKU_X = TICK_X + 18;
    private static final float TITLE_X = SKU_X + 100;
    private static final float QUANTITY_RIGHT = TITLE_X + 225;
    private static final float ORDERS_X = QUANTITY_RIGHT + 12;

    private PickListPdf() {
    }

    /** printedAt is already formatted for the reader; fontCandidates are tried in order (see PdfFont). */
    public static PrintedFile write(Path file, List<PickList> lists, String printedAt, String printedBy,
                                    Messages messages, List<Path> fontCandidates) {
        try (PDDocument document = new PDDocument();
             PdfFont font = PdfFont.load(document, fontCandidates)) {
            try (PdfSheet sheet = new PdfSheet(document, font, PDRectangle.A4)) {
                for (PickList list : lists) {
                    sheet.newPage();
                    header(sheet, list, printedAt, printedBy, messages);
                    for (PickLine line : list.lines()) {
                        row(sheet, line, list, printedAt, printedBy, messages);
                    }
                }
            }
            document.save(file.toFile());
            return new PrintedFile(file, document.getNumberOfPages(), font.showsChinese());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(PdfSheet sheet, PickList list, String printedAt, String printedBy, Messages m) {
        sheet.down(TITLE);
        sheet.text(PdfSheet.MARGIN, m.get("picklist.pdf.title", list.warehouseCode(), list.warehouseName()), TITLE);
        sheet.down(LEADING + 4);
        sheet.text(PdfSheet.MARGIN, m.get("picklist.pdf.printed", printedAt, printedBy, list.orders(),
                list.lines().size(), list.units()), BODY);
        sheet.down(LEADING * 2);
        sheet.text(SKU_X, m.get("picklist.pdf.sku"), BODY);
        sheet.text(TITLE_X, m.get("picklist.pdf.product"), BODY);
        sheet.textRight(QUANTITY_RIGHT, m.get("picklist.pdf.quantity"), BODY);
        sheet.text(ORDERS_X, m.get("picklist.pdf.orders"), BODY);
        sheet.down(4);
        sheet.rule(PdfSheet.MARGIN, sheet.width() - PdfSheet.MARGIN);
        sheet.down(LEADING);
    }

    private static void row(PdfSheet sheet, PickLine line, PickList list, String printedAt, String printedBy,
                            Messages m) {
        List<String> orderLines = wrap(sheet.font(), line.orderNumbers(), sheet.width() - PdfSheet.MARGIN - ORDERS_X);
        float height = orderLines.size() * LEADING + 6;
        if (!sheet.fits(height)) {
            sheet.newPage();
            header(sheet, list, printedAt, printedBy, m);
        }
        sheet.tickBox(TICK_X, 9);
        sheet.text(SKU_X, line.skuCode(), BODY);
        sheet.text(TITLE_X, clip(sheet.font(), line.title(), QUANTITY_RIGHT - TITLE_X - 30), BODY);
        sheet.textRight(QUANTITY_RIGHT, Integer.toString(line.quantity()), BODY);
        for (int i = 0; i < orderLines.size(); i++) {
            if (i > 0) {
                sheet.down(LEADING);
            }
            sheet.text(ORDERS_X, orderLines.get(i), BODY);
        }
        sheet.down(4);
        sheet.rule(SKU_X, sheet.width() - PdfSheet.MARGIN);
        sheet.down(LEADING + 2);
    }

    /** Order numbers comma-separated over as many lines as the column needs. */
    static List<String> wrap(PdfFont font, List<String> numbers, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String number : numbers) {
            String candidate = current.isEmpty() ? number : current + ", " + number;
            if (!current.isEmpty() && font.width(candidate, BODY) > width) {
                lines.add(current + ",");
                current = new StringBuilder(number);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The title cut with "…" to the column's width. */
    private static String clip(PdfFont font, String title, float width) {
        String shown = font.printable(title);
        if (font.width(shown, BODY) <= width) {
            return shown;
        }
        int end = shown.length();
        while (end > 1 && font.width(shown.substring(0, end) + "…", BODY) > width) {
            end--;
        }
        return shown.substring(0, end) + (font.showsChinese() ? "…" : "...");
    }
}
