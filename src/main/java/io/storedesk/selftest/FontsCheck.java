package io.storedesk.selftest;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A font that can show Chinese must be installed: without one every Chinese label is a row of boxes. Asked of
 * AWT's font list (fontconfig on Linux), which answers without a display.
 */
public final class FontsCheck implements SelfTestCheck {

    static final String NAME = "selftest.check.fonts";
    /** Words the desk shows (shop, order, stock, after-sales): a font must have every glyph. */
    static final String SAMPLE = "店铺订单库存售后";
    private static final Set<String> LOGICAL_FONTS = Set.of("Dialog", "DialogInput", "Serif", "SansSerif",
            "Monospaced");
    private static final int FAMILIES_NAMED = 3;

    private final Supplier<List<String>> familiesShowingChinese;

    public FontsCheck(Supplier<List<String>> familiesShowingChinese) {
        this.familiesShowingChinese = familiesShowingChinese;
    }

    /** The fonts installed on this machine. */
    public static FontsCheck ofThisMachine() {
        return new FontsCheck(FontsCheck::installedFamiliesShowingChinese);
    }

    @Override
    public CheckResult run() {
        try {
            List<String> families = familiesShowingChinese.get();
            if (families.isEmpty()) {
                return CheckResult.failed(NAME, "selftest.fonts.none");
            }
            return CheckResult.passed(NAME, "selftest.fonts.ok",
                    String.join(", ", families.stream().limit(FAMILIES_NAMED).toList()));
        } catch (RuntimeException | Error e) {
            // A runtime without libfontconfig or libfreetype fails inside AWT with an Error.
            return CheckResult.failed(NAME, "selftest.fonts.broken", String.valueOf(e.getMessage()));
        }
    }

    /** Physical font families with a glyph for every character of the sample (logical fonts only borrow them). */
    static List<String> installedFamiliesShowingChinese() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(font -> !LOGICAL_FONTS.contains(font.getFamily(Locale.ROOT)))
                .filter(font -> font.canDisplayUpTo(SAMPLE) == -1)
                .map(font -> font.getFamily(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }
}
