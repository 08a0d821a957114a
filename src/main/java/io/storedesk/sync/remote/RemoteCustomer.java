package io.storedesk.sync.remote;

/** A buyer as one channel knows them; externalId null = guest checkout. */
public record RemoteCustomer(String externalId, String name, String phone, String email) {
}
