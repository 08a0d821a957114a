package io.storedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties chinese = load("/i18n/messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void everyPatternParsesInBothLanguages() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String resource : List.of("/i18n/messages.properties", "/i18n/messages_zh_CN.properties")) {
            Properties bundle = load(resource);
            for (String key : bundle.stringPropertyNames()) {
                try {
                    new MessageFormat(bundle.getProperty(key), Locale.ENGLISH);
                } catch (IllegalArgumentException e) {
                    broken.add(resource + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /**
     * The window draws English in its CJK font too, whose typographic quotes and ellipsis are full-width; and
     * MessageFormat swallows a single apostrophe. So English writes '' and plain " and ...
     */
    @Test
    void englishUsesLatinPunctuationAndEveryApostropheShows() throws IOException {
        Properties english = load("/i18n/messages.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String pattern = english.getProperty(key);
            if (pattern.matches("(?s).*[’‘“”…].*") || pattern.replace("''", "").contains("'")) {
                wrong.add(key + "=" + pattern);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(new Messages(Locale.ENGLISH).get("task.import.inspect")).isEqualTo("Reading the file's columns");
        assertThat(new Messages(Locale.ENGLISH).get("catalog.import")).isEqualTo("Import...");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get("catalog.import")).endsWith("…");
    }

    @Test
    void theWarningCountNamesWarningsPutAsideOnlyWhenThereAreAny() {
        Messages english = new Messages(Locale.ENGLISH);
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(english.get("stock.count", 3237, 0)).isEqualTo("3,237 warnings");
        assertThat(english.get("stock.count", 1, 2)).isEqualTo("1 warning · 2 put aside");
        assertThat(chinese.get("stock.count", 3237, 0)).isEqualTo("3,237 条预警");
        assertThat(chinese.get("stock.count", 5, 1200)).isEqualTo("5 条预警 · 已搁置 1,200 条");
    }

    @Test
    void chineseLocalesGetChineseAndEverythingElseEnglish() {
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get("nav.catalog")).isEqualTo("商品");
        assertThat(new Messages(Locale.TRADITIONAL_CHINESE).get("nav.catalog")).isEqualTo("商品");
        assertThat(new Messages(Locale.GERMANY).get("nav.catalog")).isEqualTo("Catalog");
    }

    @Test
    void argumentsAreFormattedForTheLocaleAndNestedKeysTranslated() {
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(english.get("table.count", 500, 29281)).isEqualTo("Showing 500 of 29,281");
        UserFacingException cell = new UserFacingException("import.error.cell", "skus.csv", 1234L, "price", "abc",
                new MessageKey("import.reason.notNumber"));
        assertThat(english.describe(cell))
                .isEqualTo("skus.csv, row 1234, column \"price\": write a number such as 12.50 (the cell holds \"abc\").");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(cell)).contains("第 1234 行").contains("请填写数字");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(new Messages(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
