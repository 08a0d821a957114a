package io.storedesk.sync;

/**
 * Reads a channel's product field policy from its settings, for the inbound upserts: which side wins a
 * listing's title, price, barcode or weight when they differ.
 */
public final class ProductFieldPolicies {

    private final ChannelSettingsRepository settings;

    public ProductFieldPolicies(ChannelSettingsRepository settings) {
        this.settings = settings;
    }

    public ProductFieldPolicy of(Channel channel) {
        return ProductFieldPolicy.of(channel.kind(),
                ChannelSettings.parse(settings.settingsJson(channel.id()).orElse(null)));
    }
}
