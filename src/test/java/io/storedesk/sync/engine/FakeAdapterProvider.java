package io.storedesk.sync.engine;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelAdapterProvider;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.RemoteRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The test adapter (kind MANUAL), listed in the test ServiceLoader file; it serves a {@link FakeRemote}. */
public final class FakeAdapterProvider implements ChannelAdapterProvider {

    /** The token the fake accepts when the remote asks for one (secret of the connection). */
    static final String GOOD_TOKEN = "good-token";

    @Override
    public ChannelKind kind() {
        return ChannelKind.MANUAL;
    }

    @Override
    public ChannelAdapter open(ChannelConnection connection, RemoteHttp http) {
        return new FakeAdapter(FakeRemote.at(connection.baseUrl()), connection);
    }

    private static final class FakeAdapter implements ChannelAdapter {

        private final FakeRemote remote;
        private final ChannelConnection connection;

        FakeAdapter(FakeRemote remote, ChannelConnection connection) {
            this.remote = remote;
            this.connection = connection;
        }

        @Override
        public Set<SyncResource> pulls() {
            return remote.pages.keySet();
        }

        @Override
        public Set<PushKind> pushes() {
            return remote.pushKinds;
        }

        @Override
        public void checkConnection() {
            if (remote.connectionFault != null) {
                throw remote.connectionFault;
            }
            String token = connection.credentials().secret();
            if (token != null && !GOOD_TOKEN.equals(token)) {
                throw new RemoteFault(RemoteFault.Kind.AUTH, 401, "[API] Invalid API key or access token");
            }
        }

        @Override
        public RemotePage pull(SyncResource resource, PullPosition position) {
            remote.positions.add(position);
            awaitPermission();
            int page = position.pageToken() == null ? 0 : Integer.parseInt(position.pageToken().substring(1));
            RuntimeException fault = remote.pullFaults.remove(resource + "#" + page);
            if (fault != null) {
                throw fault;
            }
            List<List<RemoteRecord>> all = remote.pages.get(resource);
            List<RemoteRecord> records = all.isEmpty() ? List.of() : all.get(page);
            String newest = records.stream().map(RemoteRecord::updatedAt).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder()).map(Object::toString).orElse(null);
            return new RemotePage(records, page + 1 < all.size() ? "p" + (page + 1) : null, newest);
        }

        @Override
        public int maxBatch(PushKind kind) {
            return remote.maxBatch;
        }

        @Override
        public List<PushReceipt> push(PushKind kind, List<PushMessage> messages) {
            if (!remote.pushFaults.isEmpty()) {
                throw remote.pushFaults.remove(0);
            }
            List<PushReceipt> receipts = new ArrayList<>();
            for (PushMessage message : messages) {
                remote.keysReceived.add(message.idempotencyKey());
                PushReceipt receipt = remote.answer.apply(message);
                if (receipt.accepted()) {
                    remote.applied.putIfAbsent(message.idempotencyKey(), message);
                }
                receipts.add(receipt);
            }
            return receipts;
        }

        private void awaitPermission() {
            if (remote.pullStarted == null) {
                return;
            }
            remote.pullStarted.countDown();
            try {
                if (!remote.pullMayGoOn.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the pull go on");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
