package io.storedesk.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a SKU's attributes ("颜色=月光灰;尺码=M") read on screen: the values, "月光灰 / M". */
public final class Variants {

    private Variants() {
    }

    public static String label(String attributes) {
        if (attributes == null) {
            return "";
        }
        return Arrays.stream(attributes.split(";"))
                .filter(pair -> !pair.isBlank())
                .map(pair -> pair.contains("=") ? pair.substring(pair.indexOf('=') + 1).strip() : pair.strip())
                .collect(Collectors.joining(" / "));
    }
}
