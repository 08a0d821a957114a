package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ledger's, reservations', purchase orders' and transfers' texts read in both languages. */
class StockLedgerMessagesTest {

    private static final List<String> PREFIXES = List.of("stock.ledger.", "stock.reservation.", "stock.po.",
            "stock.transfer.", "cli.stock.");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void everyTextUsesTheSameFiguresInBothLanguagesAndTheChineseIsChinese() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties chinese = load("/i18n/messages_zh_CN.properties");
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.removeIf(k -> PREFIXES.stream().noneMatch(k::startsWith));

        assertThat(keys).hasSizeGreaterThan(60);
        for (String key : keys) {
            assertThat(arguments(chinese.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
            assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
            assertThat(english.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            stock.ledger.kind.SHIPMENT,  发货
            stock.ledger.kind.WRITE_OFF, 报损
            stock.po.status.PARTIAL,     部分到货
            stock.transfer.status.IN_TRANSIT, 在途
            """)
    void namesOfKindsAndStatuses(String key, String chinese) {
        assertThat(CHINESE.get(key)).isEqualTo(chinese);
        assertThat(ENGLISH.get(key)).doesNotContain("!").isNotEqualTo(chinese);
    }

    @Test
    void fieldNamesAreTranslatedInsideTheirMessage() {
        assertThat(CHINESE.get("stock.ledger.textTooLong", new MessageKey("stock.ledger.field.reason"), 200))
                .isEqualTo("原因太长：最多 200 个字符。");
        assertThat(ENGLISH.get("stock.ledger.textTooLong", new MessageKey("stock.ledger.field.reason"), 200))
                .isEqualTo("The reason is too long: at most 200 characters.");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StockLedgerMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
