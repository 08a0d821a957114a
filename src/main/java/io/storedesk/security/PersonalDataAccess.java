package io.storedesk.security;

import java.time.Instant;

/** One look at unmasked personal data: who, when, whose (null = a guest or many), how and what. */
public record PersonalDataAccess(long id, Instant occurredAt, String user, Long customerId, Action action,
                                 String detail) {

    /** A reveal of one customer's details, or an export of many rows unmasked. */
    public enum Action {
        REVEAL, EXPORT
    }
}
