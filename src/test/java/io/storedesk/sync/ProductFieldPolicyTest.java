package io.storedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductFieldPolicyTest {

    @Test
    void namedFieldsFollowTheSettingsAndTheRestTheChannelsDefault() {
        ChannelSettings settings = ChannelSettings.parse(
                "{\"locationId\": \"42\", \"fieldPolicy\": {\"Title\": \"remote\", \"price\": \"LOCAL\"}}");

        ProductFieldPolicy shop = ProductFieldPolicy.of(ChannelKind.SHOPIFY, settings);
        assertThat(shop.remoteWins(ProductFieldPolicy.TITLE)).isTrue();
        assertThat(shop.owner(ProductFieldPolicy.PRICE)).isEqualTo(FieldOwner.LOCAL);
        assertThat(shop.owner(ProductFieldPolicy.BARCODE)).isEqualTo(FieldOwner.LOCAL);
        assertThat(ProductFieldPolicy.of(ChannelKind.ODOO, settings).owner(ProductFieldPolicy.BARCODE))
                .isEqualTo(FieldOwner.REMOTE);
        assertThat(settings.adapter()).isEqualTo(Map.of("locationId", "42"));
    }

    @Test
    void settingsSurviveARoundTripAndNonsenseIsRefused() {
        ChannelSettings settings = new ChannelSettings(Map.of("database", "prod"), Map.of())
                .withFieldOwner("Weight", FieldOwner.REMOTE);

        assertThat(settings.toJson()).isEqualTo("{\"database\":\"prod\",\"fieldPolicy\":{\"weight\":\"REMOTE\"}}");
        assertThat(ChannelSettings.parse(settings.toJson())).isEqualTo(settings);
        assertThat(ChannelSettings.parse(null)).isEqualTo(ChannelSettings.NONE);
        assertThatThrownBy(() -> ChannelSettings.parse("{\"fieldPolicy\": {\"title\": \"BOTH\"}}"))
                .hasMessageContaining("sync.settings.badOwner");
        assertThatThrownBy(() -> ChannelSettings.parse("{oops")).hasMessageContaining("sync.settings.badJson");
    }
}
