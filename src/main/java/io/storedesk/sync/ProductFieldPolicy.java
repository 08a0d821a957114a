package io.storedesk.sync;

import java.util.Locale;
import java.util.Map;

/**
 * Per channel, which side wins each product field when a pulled listing differs from our catalog, e.g.
 * {@code {"title": "REMOTE", "price": "LOCAL"}} in the channel's settings. Fields not named fall back to the
 * channel's default: the ERP (Odoo) is the product master, so its fields win; a marketplace's do not.
 */
public record ProductFieldPolicy(FieldOwner fallback, Map<String, FieldOwner> owners) {

    /** Field names the inbound upserts ask about (others may be named; these are the ones we compare). */
    public static final String TITLE = "title";
    public static final String PRICE = "price";
    public static final String BARCODE = "barcode";
    public static final String WEIGHT = "weight";

    public ProductFieldPolicy {
        owners = Map.copyOf(owners);
    }

    public static ProductFieldPolicy defaultFor(ChannelKind kind) {
        return new ProductFieldPolicy(kind == ChannelKind.ODOO ? FieldOwner.REMOTE : FieldOwner.LOCAL, Map.of());
    }

    /** The channel's default with the owners its settings name. */
    public static ProductFieldPolicy of(ChannelKind kind, ChannelSettings settings) {
        return new ProductFieldPolicy(defaultFor(kind).fallback(), settings.fieldPolicy());
    }

    public FieldOwner owner(String field) {
        return owners.getOrDefault(field.toLowerCase(Locale.ROOT), fallback);
    }

    public boolean remoteWins(String field) {
        return owner(field) == FieldOwner.REMOTE;
    }
}
