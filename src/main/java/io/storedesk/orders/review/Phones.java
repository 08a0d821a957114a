package io.storedesk.orders.review;

import java.util.Optional;
import java.util.regex.Pattern;

/** Whether a receiver phone can be called, and the form two orders' phones are compared in. */
final class Phones {

    // 11 characters from 1 as the channel sends them: digits, or the **** mask channels put in the middle.
    // An extension after it is a platform privacy number (虚拟号 138****0000-1234), which couriers can dial.
    private static final Pattern MOBILE = Pattern.compile(
            "(?:\\+?86-?)?1[0-9*]{2}-?[0-9*]{4}-?[0-9*]{4}(?:(?:-|转|#|,)\\d{1,6})?");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?:\\+?86-?)?(?:\\(0\\d{2,3}\\)|0\\d{2,3})-?\\d{7,8}(?:(?:-|转|#)\\d{1,6})?");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?86(?=1[0-9*]{10}$)");
    private static final int FOREIGN_MIN_DIGITS = 5;

    private Phones() {
    }

    /** The problem with the phone, if any. Abroad only presence is checked: numbering plans differ too much. */
    static Optional<AddressProblem> problem(String phone, boolean mainland) {
        String p = compact(phone);
        if (p.isEmpty()) {
            return Optional.of(AddressProblem.MISSING_PHONE);
        }
        boolean ok = mainland ? MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches()
                : p.chars().filter(Character::isDigit).count() >= FOREIGN_MIN_DIGITS;
        return ok ? Optional.empty() : Optional.of(AddressProblem.BAD_PHONE);
    }

    /** The phone as sent, without blanks, hyphens or +86; a masked phone stays masked (134****4156). */
    static String key(String phone) {
        return COUNTRY_CODE.matcher(compact(phone).replace("-", "")).replaceFirst("");
    }

    private static String compact(String phone) {
        return Text.fold(phone).replace(" ", "");
    }
}
