package io.storedesk.sync.odoo;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelAdapterProvider;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.RemoteHttp;

/** Serves channels of kind ODOO: Odoo's external JSON-RPC API (/jsonrpc), found through ServiceLoader. */
public final class OdooAdapterProvider implements ChannelAdapterProvider {

    @Override
    public ChannelKind kind() {
        return ChannelKind.ODOO;
    }

    @Override
    public ChannelAdapter open(ChannelConnection connection, RemoteHttp http) {
        return new OdooAdapter(connection, http);
    }
}
