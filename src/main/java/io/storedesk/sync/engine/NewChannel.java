package io.storedesk.sync.engine;

import io.storedesk.sync.ChannelKind;
import java.util.Map;

/**
 * A channel to add: kind, name, the API's base URL, its currency (null = the shop's), how it signs in, and the
 * adapter's settings (e.g. "database" for Odoo, "locationId" for Shopify).
 */
public record NewChannel(ChannelKind kind, String name, String baseUrl, String currency, SignIn signIn,
                         Map<String, String> settings) {

    public NewChannel {
        settings = Map.copyOf(settings);
    }

    /** How the channel signs in; the secret itself is never stored in the database. */
    public sealed interface SignIn {
    }

    /** No sign-in (a local test server, or set later). */
    public record NoSignIn() implements SignIn {
    }

    /** Environment variables read at sync time; keyVariable null = a single token. */
    public record FromEnvironment(String keyVariable, String secretVariable) implements SignIn {
    }

    /** Typed into the window: kept encrypted in the vault. key may be null (a single token). */
    public record Typed(String key, String secret) implements SignIn {

        @Override
        public String toString() {
            return "Typed[****]";
        }
    }
}
