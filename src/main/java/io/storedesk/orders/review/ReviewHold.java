package io.storedesk.orders.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why an order waits for a person before routing: a code (the orders.hold.* column shows it) and the arguments
 * of its review.hold.CODE sentence. Read it with {@link ReviewText}, which also translates list arguments.
 */
public record ReviewHold(String code, List<Object> args) {

    public static final String ADDRESS_INCOMPLETE = "ADDRESS_INCOMPLETE";
    public static final String ADDRESS_UNRECOGNISED = "ADDRESS_UNRECOGNISED";
    public static final String BUYER_NOTE = "BUYER_NOTE";
    public static final String HIGH_AMOUNT = "HIGH_AMOUNT";
    public static final String RISK_PHONE = "RISK_PHONE";
    public static final String UNPAID = "UNPAID";
    public static final String PRESALE = "PRESALE";
    /** Every code, in the order {@link OrderReviewer} checks them. */
    public static final List<String> CODES = List.of(ADDRESS_INCOMPLETE, ADDRESS_UNRECOGNISED, RISK_PHONE,
            HIGH_AMOUNT, BUYER_NOTE, UNPAID, PRESALE);

    public ReviewHold {
        Objects.requireNonNull(code, "code");
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("unknown hold code: " + code);
        }
        // Not List.copyOf, which refuses nulls: a null argument still formats (as "null"), it must not throw here.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static ReviewHold of(String code, Object... args) {
        return new ReviewHold(code, Arrays.asList(args));
    }

    /** The sentence, with the args. */
    public String messageKey() {
        return "review.hold." + code;
    }

    /** A short label for a column or a filter ("High amount"). */
    public String labelKey() {
        return "review.code." + code;
    }
}
