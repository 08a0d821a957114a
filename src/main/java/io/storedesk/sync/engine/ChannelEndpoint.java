package io.storedesk.sync.engine;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelSettings;
import io.storedesk.sync.credentials.CredentialRef;

/**
 * A channel with where its API is and how it signs in: credentialRef is only a reference (decision 0019).
 * baseUrl null = a channel without an API (the demo's marketplaces, imported orders), which is never synced.
 */
public record ChannelEndpoint(Channel channel, String baseUrl, String credentialRef, ChannelSettings settings) {

    public boolean connected() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** How the sign-in is kept, for display: "env:SHOP_TOKEN", "vault", or "" (never the secret itself). */
    public String credentialSource() {
        CredentialRef ref = CredentialRef.parse(credentialRef);
        return ref instanceof CredentialRef.Vault ? "vault" : ref.text() == null ? "" : ref.text();
    }
}
