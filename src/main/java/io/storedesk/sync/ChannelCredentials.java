package io.storedesk.sync;

/**
 * What a channel signs in with, already resolved from wherever it is kept (never stored in plain text).
 * Shopify: secret = the Admin API access token. WooCommerce: key = consumer key, secret = consumer secret.
 * Odoo: database, key = login, secret = password or API key.
 */
public record ChannelCredentials(String key, String secret, String database) {

    /** Never prints the secret, so a log line or an exception message cannot leak it. */
    @Override
    public String toString() {
        return "ChannelCredentials[key=" + key + ", secret=****, database=" + database + "]";
    }
}
