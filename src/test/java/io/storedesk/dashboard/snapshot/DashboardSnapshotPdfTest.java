package io.storedesk.dashboard.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import io.storedesk.common.pdf.PdfFont;
import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DashboardSnapshotPdfTest {

    @Test
    void theHeaderNamesPeriodFiltersAndPrinterAndThePictureIsEmbeddedOnce() throws IOException {
        int[] pixels = new int[40 * 30];
        Arrays.fill(pixels, 0xFF336699);
        DashboardPicture picture = new DashboardPicture("Dashboard · 贝贝乐", "2026-10-22 – 2026-11-20 (30 days)",
                "Tmall · WH-SH", 40, 30, pixels);
        Path file = TestStores.newDirectory().resolve("dash.pdf");

        PrintedFile printed = DashboardSnapshotPdf.write(file, picture, "2026-11-20 21:00", "Li Na",
                new Messages(Locale.ENGLISH), PdfFont.CJK_CANDIDATES);

        assertThat(printed.pages()).isEqualTo(1);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Period: 2026-10-22 – 2026-11-20 (30 days)", "Filters: Tmall · WH-SH",
                    "Printed 2026-11-20 21:00 by Li Na");
            var resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(i -> {
                assertThat(i.getWidth()).isEqualTo(40);
                assertThat(i.getImage().getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x336699);
            });
        }
    }

    @Test
    void aPictureTallerThanAPageContinuesOnTheNext() throws IOException {
        // 100 × 400 at the page's 515 pt width is 2,060 pt tall: three A4 pages below the header.
        DashboardPicture picture = new DashboardPicture("Dashboard", "p", "f", 100, 400, new int[100 * 400]);
        Path file = TestStores.newDirectory().resolve("tall.pdf");

        PrintedFile printed = DashboardSnapshotPdf.write(file, picture, "2026-11-20 21:00", "Li Na",
                new Messages(Locale.ENGLISH), PdfFont.CJK_CANDIDATES);

        assertThat(printed.pages()).isEqualTo(3);
    }
}
