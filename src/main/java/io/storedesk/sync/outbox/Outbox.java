package io.storedesk.sync.outbox;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.remote.PushMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Local changes waiting to reach a channel: queued in the transaction of the change itself, and what a person
 * does with them (retry now, discard, hold, release, confirm or discard a held mass drop; audited).
 */
public final class Outbox {

    private final OutboxRepository rows;
    private final ChannelRepository channels;
    private final StockPushRepository stockState;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    public Outbox(OutboxRepository rows, ChannelRepository channels, StockPushRepository stockState,
                  Transactions transactions, AuditLog audit, Clock clock, Access access) {
        this.access = access;
        this.rows = rows;
        this.channels = channels;
        this.stockState = stockState;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a message for a channel. Call inside the transaction that makes the change, so the row exists
     * exactly when the change does. A newer row for the same aggregate replaces older unsent ones.
     */
    public long enqueue(long channelId, PushMessage message, String aggregateId, OutboxStatus status) {
        Instant now = clock.instant();
        PushKind kind = PushPayloads.kindOf(message);
        long id = rows.insert(channelId, kind, aggregateId, PushPayloads.write(message), message.idempotencyKey(),
                status, now);
        rows.supersede(channelId, kind, aggregateId, id, now);
        return id;
    }

    /** channelCode null = every channel; statuses empty = all. Newest first. */
    public List<OutboxEntry> list(String channelCode, Set<OutboxStatus> statuses, int limit) {
        Long channelId = channelCode == null ? null : channel(channelCode).id();
        return rows.list(channelId, statuses, limit);
    }

    public OutboxCounts counts(long channelId) {
        return rows.counts(channelId);
    }

    /** A failed (or waiting) row goes out at the next push, whatever its back-off said. */
    public void retryNow(long id, String user) {
        access.require(Permission.CHANNELS_EDIT);
        change(id, EnumSet.of(OutboxStatus.FAILED, OutboxStatus.PENDING), OutboxStatus.PENDING, "outbox.retry", user);
    }

    public void discard(long id, String user) {
        access.require(Permission.CHANNELS_EDIT);
        change(id, EnumSet.of(OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.HELD), OutboxStatus.DISCARDED,
                "outbox.discard", user);
    }

    public void hold(long id, String user) {
        access.require(Permission.CHANNELS_EDIT);
        change(id, EnumSet.of(OutboxStatus.PENDING, OutboxStatus.FAILED), OutboxStatus.HELD, "outbox.hold", user);
    }

    public void release(long id, String user) {
        access.require(Permission.CHANNELS_EDIT);
        change(id, EnumSet.of(OutboxStatus.HELD), OutboxStatus.PENDING, "outbox.release", user);
    }

    /** Lets a held mass drop go out at the next push; returns how many rows. */
    public int confirmHeld(String channelCode, String user) {
        access.require(Permission.CHANNELS_EDIT);
        return resolveHeld(channelCode, OutboxStatus.PENDING, "outbox.confirmHeld", user);
    }

    /**
     * Drops a held mass drop. The stock levels are forgotten as sent, so the next run compares afresh: if the
     * stock is still gone, the drop is held again rather than silently lost.
     */
    public int discardHeld(String channelCode, String user) {
        access.require(Permission.CHANNELS_EDIT);
        return resolveHeld(channelCode, OutboxStatus.DISCARDED, "outbox.discardHeld", user);
    }

    private int resolveHeld(String channelCode, OutboxStatus to, String action, String user) {
        Channel channel = channel(channelCode);
        return transactions.inTransaction(() -> {
            List<OutboxEntry> held = rows.inStatus(channel.id(), OutboxStatus.HELD);
            Instant now = clock.instant();
            held.forEach(row -> rows.move(row.id(), EnumSet.of(OutboxStatus.HELD), to, now));
            if (to == OutboxStatus.DISCARDED) {
                stockState.forget(channel.id(), held.stream().filter(r -> r.kind() == PushKind.STOCK_LEVEL)
                        .map(OutboxEntry::aggregateId).toList());
            }
            if (!held.isEmpty()) {
                audit.record(user, new AuditLog.Change(action, "channel", channel.code(),
                        Map.of("held", String.valueOf(held.size())), Map.of("status", to.name())));
            }
            return held.size();
        });
    }

    private void change(long id, Set<OutboxStatus> from, OutboxStatus to, String action, String user) {
        transactions.inTransaction(() -> {
            OutboxEntry row = rows.find(id).orElseThrow(() -> new RefusedInputException("sync.outbox.unknown", id));
            if (!rows.move(id, from, to, clock.instant())) {
                throw new RefusedInputException("sync.outbox.wrongStatus", id,
                        new MessageKey("sync.ui.outboxStatus." + row.status().name()));
            }
            audit.record(user, new AuditLog.Change(action, "outbox", String.valueOf(id),
                    Map.of("status", row.status().name(), "key", row.idempotencyKey()), Map.of("status", to.name())));
        });
    }

    private Channel channel(String code) {
        return channels.findByCode(code).orElseThrow(() -> new RefusedInputException("sync.channel.unknown", code));
    }
}
