package io.storedesk.testing;

import io.storedesk.common.pdf.PdfFont;
import java.nio.file.Files;

/** Whether this machine has a CJK font a StoreDesk PDF can embed (tests that print expect what it gives). */
public final class CjkFonts {

    private CjkFonts() {
    }

    public static boolean installedForPdf() {
        return PdfFont.CJK_CANDIDATES.stream().anyMatch(Files::isReadable);
    }
}
