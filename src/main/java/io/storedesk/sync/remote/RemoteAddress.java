package io.storedesk.sync.remote;

/** Where an order goes. province as the channel gives it (name or code); country an ISO code or name. */
public record RemoteAddress(String name, String phone, String country, String province, String city,
                            String district, String line) {
}
