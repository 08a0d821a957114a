package io.storedesk.demo;

/** The check digit of an EAN-13 barcode (GS1: weights 1 and 3 from the left). */
final class Ean13 {

    private Ean13() {
    }

    static char checkDigit(String twelveDigits) {
        if (twelveDigits.length() != 12) {
            throw new IllegalArgumentException("EAN-13 body must have 12 digits: " + twelveDigits);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : digit * 3;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
