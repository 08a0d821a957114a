package io.storedesk.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FontsCheckTest {

    @Test
    void aFontThatShowsChinesePassesAndIsNamed() {
        CheckResult result = new FontsCheck(() -> List.of("Noto Sans CJK SC", "WenQuanYi Micro Hei", "AR PL UMing",
                "Droid Sans Fallback")).run();

        assertThat(result.passed()).isTrue();
        assertThat(result.detailKey()).isEqualTo("selftest.fonts.ok");
        assertThat(result.arguments()).containsExactly("Noto Sans CJK SC, WenQuanYi Micro Hei, AR PL UMing");
    }

    @Test
    void noFontThatShowsChineseFailsWithWhatToInstall() {
        CheckResult result = new FontsCheck(List::of).run();

        assertThat(result.passed()).isFalse();
        assertThat(result.checkKey()).isEqualTo("selftest.check.fonts");
        assertThat(result.detailKey()).isEqualTo("selftest.fonts.none");
    }

    @Test
    void aBrokenFontSystemFailsInsteadOfCrashing() {
        CheckResult result = new FontsCheck(() -> {
            throw new UnsatisfiedLinkError("libfontmanager.so: libfreetype.so.6: cannot open shared object file");
        }).run();

        assertThat(result.passed()).isFalse();
        assertThat(result.detailKey()).isEqualTo("selftest.fonts.broken");
        assertThat(result.arguments().get(0).toString()).contains("libfreetype");
    }
}
