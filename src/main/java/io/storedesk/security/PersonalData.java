package io.storedesk.security;

/**
 * How a customer's personal data is shown to anyone who has not revealed it: enough to tell two customers apart
 * and to see where a parcel goes, not enough to contact or find the person. Every rule passes null and blank
 * through unchanged.
 * <ul>
 *   <li>phone: a mainland mobile (11 characters) keeps its first three and last four ({@code 138****5678});
 *       any other length keeps the last four and a head of up to three, never more than half of the number;</li>
 *   <li>name: each word keeps its first character and hides every other one behind a star each
 *       ({@code 张**}, {@code J*** S****}); a one-character word is a single star;</li>
 *   <li>e-mail: the first character of the local part, three stars, the domain ({@code j***@example.com});</li>
 *   <li>address: province and city only; district, street, house number and postcode are dropped.</li>
 * </ul>
 */
public final class PersonalData {

    private static final String STARS = "****";
    private static final int MOBILE_LENGTH = 11;

    private PersonalData() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String text = phone.strip();
        int length = text.length();
        if (length == MOBILE_LENGTH) {
            return text.substring(0, 3) + STARS + text.substring(length - 4);
        }
        int shown = length / 2;
        int tail = Math.min(4, shown);
        int head = Math.min(3, shown - tail);
        return text.substring(0, head) + STARS + text.substring(length - tail);
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int characters = word.codePointCount(0, word.length());
            if (characters == 1) {
                masked.append('*');
            } else {
                masked.append(word, 0, word.offsetByCodePoints(0, 1)).append("*".repeat(characters - 1));
            }
        }
        return masked.toString();
    }

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

    /** Province and city of an address as one text, the city left out where it repeats the province (上海市). */
    public static String place(String province, String city) {
        boolean hasProvince = province != null && !province.isBlank();
        boolean hasCity = city != null && !city.isBlank() && !city.equals(province);
        if (hasProvince && hasCity) {
            return province + " " + city;
        }
        return hasProvince ? province : hasCity ? city : "";
    }
}
