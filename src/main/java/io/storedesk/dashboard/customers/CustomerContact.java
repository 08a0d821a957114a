package io.storedesk.dashboard.customers;

/** A customer's contact details as stored (unmasked) and the name of their channel. */
public record CustomerContact(String name, String phone, String email, String channel) {
}
