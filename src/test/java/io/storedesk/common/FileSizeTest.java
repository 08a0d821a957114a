package io.storedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File sizes as a file manager shows them, in both languages. */
class FileSizeTest {

    private final Messages english = new Messages(Messages.ENGLISH);
    private final Messages chinese = new Messages(Messages.CHINESE);

    @Test
    void bytesBelowAKilobyte() {
        assertThat(text(english, 0)).isEqualTo("0 bytes");
        assertThat(text(english, 1)).isEqualTo("1 byte");
        assertThat(text(english, 1023)).isEqualTo("1,023 bytes");
        assertThat(text(chinese, 1023)).isEqualTo("1,023 字节");
    }

    @Test
    void oneDecimalBelowAHundredOfAUnitNoneAbove() {
        assertThat(text(english, 1024)).isEqualTo("1 KB");
        assertThat(text(english, 1536)).isEqualTo("1.5 KB");
        assertThat(text(english, 99 * 1024 + 1000)).isEqualTo("100 KB");   // 99.98 rounds up to the next hundred
        assertThat(text(english, 131_052_000L)).isEqualTo("125 MB");      // 124.98 MB
        assertThat(text(english, 5L * 1024 * 1024 + 300 * 1024)).isEqualTo("5.3 MB");
        assertThat(text(chinese, 5L * 1024 * 1024 + 300 * 1024)).isEqualTo("5.3 MB");
    }

    @Test
    void gigabytesAreTheLargestUnit() {
        assertThat(text(english, 3L * 1024 * 1024 * 1024 / 2)).isEqualTo("1.5 GB");
        assertThat(text(english, 2048L * 1024 * 1024 * 1024)).isEqualTo("2,048 GB");
    }

    private static String text(Messages messages, long bytes) {
        MessageKey size = FileSize.of(bytes);
        return messages.get(size.key(), size.arguments());
    }
}
