package io.storedesk.dashboard.customers;

/**
 * Hides most of a phone number, e-mail address or name, the way Chinese shop back-ends show them
 * (138****1234, z***@example.com, 张**): enough to tell two customers apart, not enough to contact one.
 */
public final class PersonalDataMask {

    private static final String STARS = "****";

    private PersonalDataMask() {
    }

    /** First three and last four digits of a number of eight or more; a shorter one is hidden entirely. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        if (digits.length() < 8) {
            return STARS;
        }
        return digits.substring(0, 3) + STARS + digits.substring(digits.length() - 4);
    }

    /** The first character of the local part, three stars, and the domain. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        String text = email.strip();
        int at = text.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return text.substring(0, text.offsetByCodePoints(0, 1)) + "***" + text.substring(at);
    }

    /** The first character (a Chinese family name, an English initial) and two stars whatever the length. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String text = name.strip();
        return text.substring(0, text.offsetByCodePoints(0, 1)) + "**";
    }
}
