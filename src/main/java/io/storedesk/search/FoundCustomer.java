package io.storedesk.search;

/** A customer the search matched, unmasked as stored, with their latest order's number (null without orders). */
public record FoundCustomer(long id, String externalId, String name, String phone, String latestOrderNo,
                            int orders) {
}
