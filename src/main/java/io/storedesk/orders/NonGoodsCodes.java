package io.storedesk.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes that order exports use for money that is not goods: postage, fees, discounts, manual and
 * bad-debt adjustments, samples, gift vouchers. Lines with these codes are kept and marked, never taken
 * for goods sold (nor dropped).
 */
public final class NonGoodsCodes {

    private static final Map<String, LineKind> EXACT = Map.ofEntries(
            Map.entry("POST", LineKind.SHIPPING), Map.entry("POSTAGE", LineKind.SHIPPING),
            Map.entry("DOT", LineKind.SHIPPING), Map.entry("C2", LineKind.SHIPPING), Map.entry("运费", LineKind.SHIPPING),
            Map.entry("邮费", LineKind.SHIPPING), Map.entry("D", LineKind.DISCOUNT), Map.entry("COUPON", LineKind.DISCOUNT),
            Map.entry("优惠券", LineKind.DISCOUNT), Map.entry("M", LineKind.ADJUSTMENT), Map.entry("m", LineKind.ADJUSTMENT),
            Map.entry("B", LineKind.ADJUSTMENT), Map.entry("PADS", LineKind.ADJUSTMENT), Map.entry("S", LineKind.SAMPLE),
            Map.entry("CRUK", LineKind.FEE), Map.entry("AMAZONFEE", LineKind.FEE), Map.entry("BANK CHARGES", LineKind.FEE));
    private static final List<Map.Entry<String, LineKind>> PREFIXES = List.of(
            Map.entry("gift_0001_", LineKind.FEE), Map.entry("DCGS", LineKind.ADJUSTMENT));

    private NonGoodsCodes() {
    }

    /** The kind of line a code stands for, or empty for goods. */
    public static Optional<LineKind> kindOf(String code) {
        LineKind exact = EXACT.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        return PREFIXES.stream().filter(p -> code.startsWith(p.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
