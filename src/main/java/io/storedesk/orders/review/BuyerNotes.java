package io.storedesk.orders.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Tells a buyer note a person must read from a blank one or a channel's boilerplate. The one list to extend. */
final class BuyerNotes {

    private static final List<String> HARMLESS = List.of("请尽快发货", "请尽快发货，谢谢", "谢谢", "无", ".");
    // Compared without blanks and punctuation, so 请尽快发货，谢谢！ and 请尽快发货 谢谢 are the boilerplate too.
    private static final Set<String> HARMLESS_KEYS = HARMLESS.stream().map(Text::key).collect(Collectors.toSet());

    private BuyerNotes() {
    }

    static boolean needsReading(String note) {
        String key = Text.key(note);
        return !key.isEmpty() && !HARMLESS_KEYS.contains(key);
    }
}
