package io.storedesk.orders;

/** A rate card lane as the store holds it: its row id and version (for optimistic locking) beside the rate. */
public record StoredRate(long id, String carrierCode, CarrierRate rate, int version) {

    public RateLane lane() {
        return new RateLane(carrierCode, rate.originProvince(), rate.destinationProvince());
    }
}
