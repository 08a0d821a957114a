package io.storedesk.orders.picklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import io.storedesk.common.pdf.PdfFont;
import io.storedesk.common.pdf.PrintedFile;
import io.storedesk.testing.CjkFonts;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The PDF read back with PDFBox's own text extraction: the SKU codes, quantities and orders are there. */
class PickListPdfTest {

    private static final List<PickList> LISTS = List.of(
            new PickList("WH-GZ", "广州白云仓", List.of(new PickLine("NF01-001-01", "纸尿裤 M", 1, List.of("1003")))),
            new PickList("WH-SH", "上海嘉定仓", List.of(
                    new PickLine("AB02-003-01", "奶瓶 240ml", 4, List.of("1004")),
                    new PickLine("NF01-001-01", "纸尿裤 M", 17, List.of("1001", "1002")))));

    @Test
    void eachWarehouseGetsItsPageWithCodesQuantitiesOrdersAndWhoPrintedIt() throws IOException {
        Path file = TestStores.newDirectory().resolve("pick.pdf");
        PrintedFile printed = PickListPdf.write(file, LISTS, "2026-11-20 21:00", "Li Na", new Messages(Locale.ENGLISH),
                PdfFont.CJK_CANDIDATES);

        assertThat(printed.pages()).isEqualTo(2);
        List<String> pages = pages(file);
        assertThat(pages.get(0)).contains("Pick list · WH-GZ", "NF01-001-01", "1003",
                "Printed 2026-11-20 21:00 by Li Na · 1 order · 1 SKU · 1 unit");
        assertThat(pages.get(1)).contains("Pick list · WH-SH", "AB02-003-01", "NF01-001-01", "1001, 1002",
                "3 orders", "21 units");
        assertThat(lineWith(pages.get(1), "NF01-001-01")).contains(" 17 ");
        assertThat(lineWith(pages.get(1), "AB02-003-01")).contains(" 4 ");
    }

    @Test
    void chineseTitlesAreEmbeddedWhenTheMachineHasACjkFont() throws IOException {
        Assumptions.assumeTrue(CjkFonts.installedForPdf(), "no CJK font installed");
        Path file = TestStores.newDirectory().resolve("pick-zh.pdf");
        PrintedFile printed = PickListPdf.write(file, LISTS, "2026-11-20 21:00", "李娜",
                new Messages(Locale.SIMPLIFIED_CHINESE), PdfFont.CJK_CANDIDATES);

        assertThat(printed.showsChinese()).isTrue();
        assertThat(pages(file).get(1)).contains("拣货单 · WH-SH 上海嘉定仓", "奶瓶 240ml", "打印人 李娜");
    }

    @Test
    void withoutAChineseFontTheFileIsStillWrittenAndSaysSo() throws IOException {
        Path file = TestStores.newDirectory().resolve("pick-plain.pdf");
        PrintedFile printed = PickListPdf.write(file, LISTS, "2026-11-20 21:00", "李娜",
                new Messages(Locale.ENGLISH), List.of(file.resolveSibling("no-such-font.ttc")));

        assertThat(printed.showsChinese()).isFalse();
        String text = String.join("\n", pages(file));
        assertThat(text).contains("NF01-001-01", "Pick list · WH-SH ?????", "by ??");
    }

    @Test
    void aLongListContinuesOnANewPageUnderTheSameHeader() throws IOException {
        List<PickLine> lines = new ArrayList<>();
        IntStream.rangeClosed(1, 90).forEach(i -> lines.add(new PickLine("SKU-%03d".formatted(i), "Item " + i, i,
                List.of("O" + i))));
        Path file = TestStores.newDirectory().resolve("long.pdf");
        PrintedFile printed = PickListPdf.write(file, List.of(new PickList("WH-BJ", "Beijing", lines)), "2026-11-20 21:00",
                "Li Na", new Messages(Locale.ENGLISH), PdfFont.CJK_CANDIDATES);

        assertThat(printed.pages()).isGreaterThan(1);
        List<String> pages = pages(file);
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("Pick list · WH-BJ Beijing"));
        assertThat(String.join("\n", pages)).contains("SKU-001", "SKU-090");
        assertThat(lineWith(String.join("\n", pages), "SKU-090")).contains(" 90 ");
    }

    static List<String> pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private static String lineWith(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).findFirst().orElseThrow() + " ";
    }
}
