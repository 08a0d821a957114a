package io.storedesk.sync.outbox;

import io.storedesk.store.Transactions;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pushes a channel's due outbox rows, kind by kind, in batches the adapter accepts. A row becomes SENT only
 * after the remote's receipt is in hand, and a row pushed again carries the same idempotency key, so a crash
 * between the push and the marking sends it twice but applies it once. The network call is never inside a
 * transaction; each batch's outcome is one.
 */
public final class OutboxPusher {

    /** Rows read per kind and run: a backlog drains over several runs instead of one endless one. */
    static final int ROWS_PER_RUN = 5_000;

    private final OutboxRepository rows;
    private final Transactions transactions;
    private final Clock clock;

    public OutboxPusher(OutboxRepository rows, Transactions transactions, Clock clock) {
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Pushes every kind the adapter takes. A RemoteFault AUTH is thrown (it concerns the whole run). */
    public Map<PushKind, PushCounts> pushDue(Channel channel, ChannelAdapter adapter, PushEvents events) {
        Map<PushKind, PushCounts> counts = new EnumMap<>(PushKind.class);
        for (PushKind kind : PushKind.values()) {
            if (adapter.pushes().contains(kind)) {
                counts.put(kind, pushKind(channel, adapter, kind, events));
            }
        }
        return counts;
    }

    private PushCounts pushKind(Channel channel, ChannelAdapter adapter, PushKind kind, PushEvents events) {
        List<OutboxEntry> due = rows.due(channel.id(), kind, clock.instant(), ROWS_PER_RUN);
        int batchSize = Math.max(1, adapter.maxBatch(kind));
        PushCounts total = PushCounts.NONE;
        for (int from = 0; from < due.size(); from += batchSize) {
            List<OutboxEntry> batch = due.subList(from, Math.min(due.size(), from + batchSize));
            List<PushMessage> messages = batch.stream().map(r -> PushPayloads.read(kind, r.payload())).toList();
            List<PushReceipt> receipts;
            try {
                receipts = adapter.push(kind, messages);
            } catch (RemoteFault fault) {
                if (fault.kind() == RemoteFault.Kind.AUTH) {
                    throw fault;
                }
                total = total.plus(afterFault(batch, fault, kind, events));
                if (fault.transientFault()) {
                    // The rest would meet the same remote; they keep their turn for the next run.
                    total = total.plus(new PushCounts(0, 0, due.size() - from - batch.size(), 0));
                    break;
                }
                continue;
            }
            total = total.plus(record(batch, receipts, kind, events));
        }
        if (!due.isEmpty()) {
            events.note(kind + ": " + total.pushed() + " pushed, " + total.refused() + " refused, "
                    + total.deferred() + " deferred");
        }
        return total;
    }

    /** Marks each row by its receipt (one transaction). A row the remote did not answer for is tried again later. */
    private PushCounts record(List<OutboxEntry> batch, List<PushReceipt> receipts, PushKind kind, PushEvents events) {
        Map<String, PushReceipt> byKey = new HashMap<>();
        receipts.forEach(r -> byKey.put(r.idempotencyKey(), r));
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Long> sent = new ArrayList<>();
            int refused = 0;
            int deferred = 0;
            for (OutboxEntry row : batch) {
                PushReceipt receipt = byKey.get(row.idempotencyKey());
                if (receipt == null) {
                    deferred++;
                    rows.defer(row.id(), row.attempts() + 1, now.plus(Backoff.after(row.attempts() + 1)),
                            "no receipt from the remote", now);
                } else if (receipt.accepted()) {
                    sent.add(row.id());
                } else {
                    refused++;
                    rows.markFailed(row.id(), receipt.refusal(), now);
                    events.error(kind + " " + row.aggregateId() + " refused: " + receipt.refusal());
                }
            }
            rows.markSent(sent, now);
            return new PushCounts(sent.size(), refused, deferred, 0);
        });
    }

    /**
     * A fault for the whole call. Transient (network, 5xx, rate): the rows stay PENDING with one attempt more
     * and a later next attempt. Otherwise (the remote refused the call, or answered nonsense): FAILED with the
     * remote's words, for a person to look at and retry.
     */
    private PushCounts afterFault(List<OutboxEntry> batch, RemoteFault fault, PushKind kind, PushEvents events) {
        events.error(kind + " push: " + fault.getMessage());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            for (OutboxEntry row : batch) {
                if (fault.transientFault()) {
                    rows.defer(row.id(), row.attempts() + 1, now.plus(Backoff.after(row.attempts() + 1)),
                            fault.getMessage(), now);
                } else {
                    rows.markFailed(row.id(), fault.getMessage(), now);
                }
            }
            return fault.transientFault() ? new PushCounts(0, 0, batch.size(), 0)
                    : new PushCounts(0, batch.size(), 0, 0);
        });
    }
}
