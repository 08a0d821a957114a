package io.storedesk.sync.engine;

import io.storedesk.store.Transactions;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.InboundStore;
import io.storedesk.sync.InboundStore.InboundResult;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.outbox.SalesOrderOutbox;
import io.storedesk.sync.outbox.StockConflicts;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Pulls one resource of one channel page by page. Each page is one transaction: the records stored, the
 * cursor moved and the run's count raised together, so a run that dies resumes at the page after the last one
 * committed, with the cursor it started from: nothing twice, nothing skipped.
 */
final class ResourcePull {

    private final InboundStore inbound;
    private final StockConflicts stockConflicts;
    private final SyncCursorRepository cursors;
    private final SyncRunRepository runs;
    private final SalesOrderOutbox salesOrders;
    private final Transactions transactions;
    private final Clock clock;

    ResourcePull(ResourcePullParts parts, Transactions transactions, Clock clock) {
        this.inbound = parts.inbound();
        this.stockConflicts = parts.stockConflicts();
        this.cursors = parts.cursors();
        this.runs = parts.runs();
        this.salesOrders = parts.salesOrders();
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Pulls until the last page or a fault; a RemoteFault AUTH is thrown, any other ends this resource only. */
    void pull(Channel channel, ChannelAdapter adapter, SyncResource resource, RunTally tally, SyncProgress progress) {
        CursorState state = cursors.find(channel.id(), resource).orElse(CursorState.START);
        String start = state.cursorValue();
        String newest = state.newestSeen();
        String token = state.pageToken();
        Set<String> tokensSeen = new HashSet<>();
        if (token != null) {
            tokensSeen.add(token);
            tally.note(resource + ": resuming an interrupted pull at the page after the last one stored");
        }
        tally.counts(resource, tally.counts(resource)); // listed in the report even if no page gets stored
        boolean checkStock = resource == SyncResource.STOCK && adapter.pushes().contains(PushKind.STOCK_LEVEL);
        while (true) {
            RemotePage page;
            try {
                page = adapter.pull(resource, new PullPosition(start, token));
            } catch (RemoteFault fault) {
                if (fault.kind() == RemoteFault.Kind.AUTH) {
                    throw fault;
                }
                tally.error(resource + ": " + fault.getMessage() + " (the next run resumes from the last page stored)");
                return;
            } catch (RuntimeException e) {
                tally.error(resource + ": " + describe(e) + " (the next run resumes from the last page stored)");
                return;
            }
            newest = newer(adapter, newest, page.newestCursor());
            boolean repeats = !page.isLast() && !tokensSeen.add(page.nextPageToken());
            CursorState next = page.isLast() ? new CursorState(newer(adapter, start, newest), null, null)
                    : new CursorState(start, page.nextPageToken(), newest);
            int[] conflicts = {0};
            InboundResult result;
            try {
                result = transactions.inTransaction(() -> {
                    Instant now = clock.instant();
                    InboundResult stored = inbound.store(channel, resource, page.records(), tally.runId(), now);
                    if (checkStock) {
                        conflicts[0] = stockConflicts.check(channel, page.records(), tally.runId(), now);
                    }
                    if (resource == SyncResource.ORDERS) {
                        salesOrders.queue(channel, page.records());
                    }
                    cursors.save(channel.id(), resource, next, now);
                    runs.addPulled(tally.runId(), page.records().size());
                    return stored;
                });
            } catch (RuntimeException e) {
                tally.error(resource + ": storing a page failed, nothing of it was kept: " + describe(e));
                return;
            }
            ResourceCounts counts = tally.counts(resource).plusPage(page.records().size(), result, conflicts[0]);
            result.problems().forEach(p -> tally.note(resource + ": " + p));
            progress.pulled(channel.code(), resource, counts.pages(), counts.pulled());
            if (page.isLast()) {
                tally.counts(resource, counts.completed());
                tally.note(resource + ": " + counts.pulled() + " pulled in " + counts.pages() + " pages ("
                        + counts.created() + " new, " + counts.updated() + " changed, " + counts.refused() + " refused, "
                        + counts.conflicts() + " conflicts)");
                return;
            }
            tally.counts(resource, counts);
            if (repeats) {
                tally.error(resource + ": the remote gave page token " + page.nextPageToken()
                        + " a second time; stopped so as not to loop");
                return;
            }
            token = page.nextPageToken();
        }
    }

    /** The newer of two cursor values by the adapter's order; null counts as older than anything. */
    private static String newer(ChannelAdapter adapter, String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return adapter.compareCursors(a, b) >= 0 ? a : b;
    }

    static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
