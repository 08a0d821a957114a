package io.storedesk.sync.remote;

import java.time.Instant;
import java.util.List;

/** A listing with its variants (a product without options has one variant). status: the channel's word. */
public record RemoteProduct(String externalId, String title, String vendor, String productType, String status,
                            Instant updatedAt, List<RemoteVariant> variants) implements RemoteRecord {

    public RemoteProduct {
        variants = List.copyOf(variants);
    }
}
