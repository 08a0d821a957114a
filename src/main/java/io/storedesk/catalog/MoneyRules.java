package io.storedesk.catalog;

import io.storedesk.common.MessageKey;
import java.math.BigDecimal;
import java.util.Optional;

/** What a price or cost may be, wherever it is entered (import, inline edit, bulk change). */
public final class MoneyRules {

    public static final BigDecimal MAX = new BigDecimal("10000000");
    public static final int MAX_DECIMALS = 4;

    private MoneyRules() {
    }

    /** Why the amount cannot be a price or cost (the reason's key and arguments), or empty when it can. */
    public static Optional<MessageKey> problem(BigDecimal amount) {
        if (amount.signum() < 0) {
            return Optional.of(new MessageKey("import.reason.negative"));
        }
        if (amount.compareTo(MAX) > 0) {
            return Optional.of(new MessageKey("import.reason.tooLarge", MAX.toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of(new MessageKey("import.reason.tooManyDecimals", MAX_DECIMALS));
        }
        return Optional.empty();
    }
}
