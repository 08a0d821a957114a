package io.storedesk.security;

/**
 * One customer's personal data in full, as a reveal shows it: the receiver's (or customer's) name and phone, the
 * customer's e-mail and the full ship-to address on one line. customerId null = a guest order; any field may be
 * null.
 */
public record PersonalDetails(Long customerId, String name, String phone, String email, String address) {
}
