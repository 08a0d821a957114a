package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void theStylesheetNamesEveryCjkFontTheThemeMayPick() throws IOException {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream("storedesk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String family : Theme.CJK_FONTS) {
            assertThat(css).contains(".root." + Theme.styleClassOf(family) + " { -fx-font-family: \"" + family + "\"; }");
        }
        assertThat(Theme.CJK_FONTS).contains("Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                "PingFang SC");
    }
}
