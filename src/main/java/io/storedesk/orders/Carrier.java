package io.storedesk.orders;

import java.time.LocalTime;

/** A parcel carrier: parcels handed over after cutoffTime leave the next day. id 0 = not yet stored. */
public record Carrier(long id, String code, String name, String service, int maxWeightGrams, LocalTime cutoffTime,
                      boolean active) {
}
