package io.storedesk.sync;

import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import java.util.List;
import java.util.Set;

/**
 * One remote system's API, seen by the sync engine. An adapter owns only its API's JSON and the mapping to
 * and from our records; cursors, paging state, retries, rate limits, storage and the outbox belong to the
 * engine. Every call goes through the {@link RemoteHttp} the adapter was opened with and may throw
 * {@link RemoteFault}.
 */
public interface ChannelAdapter {

    /** The resources this adapter can pull. */
    Set<SyncResource> pulls();

    /** The kinds of message this adapter can push. */
    Set<PushKind> pushes();

    /** Signs in and reads one cheap resource; a refusal comes back as a RemoteFault with the remote's words. */
    void checkConnection();

    /** One page of the resource's changes after position.cursor(), starting at position.pageToken(). */
    RemotePage pull(SyncResource resource, PullPosition position);

    /** The most messages of this kind one push call may carry (e.g. WooCommerce batch: 100). */
    int maxBatch(PushKind kind);

    /**
     * Pushes messages of one kind (at most maxBatch). A receipt per message says accepted or refused with the
     * remote's reason; a fault that concerns the whole call (network, 5xx, auth) is thrown instead. Pushing the
     * same message twice must leave the remote as pushing it once.
     */
    List<PushReceipt> push(PushKind kind, List<PushMessage> messages);

    /**
     * Orders two cursor values of this adapter (negative when a is older). The default compares the text, which
     * is right for ISO-8601 instants written in one format; an adapter whose cursors are not (e.g. numbers)
     * overrides it.
     */
    default int compareCursors(String a, String b) {
        return a.compareTo(b);
    }
}
