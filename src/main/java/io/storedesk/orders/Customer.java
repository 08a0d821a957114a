package io.storedesk.orders;

/** A buyer as one channel knows them. id 0 = not yet stored. */
public record Customer(long id, Long channelId, String externalId, String name, String phone, String email,
                       String province, String city, String country) {
}
