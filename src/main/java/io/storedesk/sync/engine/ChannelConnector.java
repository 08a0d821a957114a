package io.storedesk.sync.engine;

import io.storedesk.common.RefusedInputException;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelAdapterProvider;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.http.TransportStats;
import io.storedesk.sync.credentials.ChannelSecrets;

/** Opens a channel's adapter: its provider by kind, its credentials resolved, a transport paced for it. */
public final class ChannelConnector {

    /** The adapter setting that names Odoo's database (not a secret, so it lives in the settings). */
    public static final String DATABASE = "database";

    private final ChannelAdapters adapters;
    private final ChannelSecrets secrets;
    private final SyncHttp http;

    public ChannelConnector(ChannelAdapters adapters, ChannelSecrets secrets, SyncHttp http) {
        this.adapters = adapters;
        this.secrets = secrets;
        this.http = http;
    }

    /** For a connection test: the transport's counts are not kept. */
    public ChannelAdapter open(ChannelEndpoint endpoint) {
        return open(endpoint, new TransportStats());
    }

    /** For a run: stats gathers the calls, retries and 429s of this adapter's transport. */
    public ChannelAdapter open(ChannelEndpoint endpoint, TransportStats stats) {
        if (!endpoint.connected()) {
            throw new RefusedInputException("sync.channel.notConnected", endpoint.channel().code());
        }
        ChannelAdapterProvider provider = adapters.require(endpoint.channel().kind());
        ChannelCredentials credentials = secrets.resolve(endpoint.credentialRef(),
                endpoint.settings().adapter().get(DATABASE));
        return provider.open(new ChannelConnection(endpoint.channel(), endpoint.baseUrl(), credentials,
                endpoint.settings().adapter()), http.create(provider.rateLimit(), stats));
    }

    public ChannelAdapters adapters() {
        return adapters;
    }
}
