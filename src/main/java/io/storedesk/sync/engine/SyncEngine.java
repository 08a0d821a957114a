package io.storedesk.sync.engine;

import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.http.TransportStats;
import io.storedesk.sync.outbox.OutboxPusher;
import io.storedesk.sync.outbox.StockPushes;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a channel's sync: pulls its resources in the order that lets each find what it refers to (products,
 * stock, orders, refunds), then queues the stock levels that changed and pushes the due outbox. One run at a
 * time per channel. Every run leaves a sync_run row with its counts and log.
 */
public final class SyncEngine {

    /** Products first so orders find their SKUs; orders before refunds so refunds find their orders. */
    public static final List<SyncResource> PULL_ORDER = List.of(SyncResource.PRODUCTS, SyncResource.STOCK,
            SyncResource.ORDERS, SyncResource.REFUNDS);

    private final ChannelEndpointRepository endpoints;
    private final ChannelConnector connector;
    private final ResourcePull resourcePull;
    private final StockPushes stockPushes;
    private final OutboxPusher pusher;
    private final SyncRunRepository runs;
    private final Transactions transactions;
    private final Access access;
    private final Clock clock;
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile Runnable afterEachRun = () -> { };

    public SyncEngine(ChannelEndpointRepository endpoints, ChannelConnector connector, ResourcePullParts pullParts,
                      StockPushes stockPushes, OutboxPusher pusher, Transactions transactions, Clock clock,
                      Access access) {
        this.access = access;
        this.endpoints = endpoints;
        this.connector = connector;
        this.runs = pullParts.runs();
        this.resourcePull = new ResourcePull(pullParts, transactions, clock);
        this.stockPushes = stockPushes;
        this.pusher = pusher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What runs after every run, scheduled or a person's, once its writes are committed (the KPI rollups catch up). */
    public void afterEachRun(Runnable action) {
        this.afterEachRun = action;
    }

    /** Every resource the adapter pulls. */
    public SyncRunReport run(String channelCodeOrName, SyncProgress progress) {
        return run(channelCodeOrName, EnumSet.allOf(SyncResource.class), progress);
    }

    /**
     * The desk's own scheduled run (SyncSchedule): not a person's action, so it runs whoever is signed in. Package
     * private, so only the schedule in this package takes this path; what it stores is the channel's change.
     */
    SyncRunReport runScheduled(String channelCode) {
        return runChecked(channelCode, EnumSet.allOf(SyncResource.class), SyncProgress.NONE);
    }

    /**
     * Runs one channel now. Refused when the channel is unknown, has no API address or is already syncing; every
     * other problem ends up in the report (and the run's row) rather than thrown.
     */
    public SyncRunReport run(String channelCodeOrName, Set<SyncResource> resources, SyncProgress progress) {
        access.require(Permission.CHANNELS_EDIT);
        return runChecked(channelCodeOrName, resources, progress);
    }

    private SyncRunReport runChecked(String channelCodeOrName, Set<SyncResource> resources, SyncProgress progress) {
        ChannelEndpoint endpoint = endpoints.find(channelCodeOrName)
                .orElseThrow(() -> new RefusedInputException("sync.channel.unknown", channelCodeOrName));
        Channel channel = endpoint.channel();
        if (!endpoint.connected()) {
            throw new RefusedInputException("sync.channel.notConnected", channel.code());
        }
        if (!running.add(channel.code())) {
            throw new RefusedInputException("sync.run.alreadyRunning", channel.code());
        }
        try {
            Instant started = clock.instant();
            long runId = transactions.inTransaction(() -> {
                runs.markInterrupted(channel.id(), started);
                return runs.start(channel.id(), started);
            });
            RunTally tally = new RunTally(runId, channel.code(), started, clock);
            TransportStats stats = new TransportStats();
            try {
                sync(endpoint, resources, tally, progress, stats);
            } catch (RemoteFault fault) {
                tally.stop((fault.kind() == RemoteFault.Kind.AUTH ? "the remote refused the sign-in, run stopped: "
                        : "run stopped: ") + fault.getMessage());
            } catch (UserFacingException problem) {
                tally.stop(new Messages(Locale.ENGLISH).describe(problem));
            } catch (RuntimeException e) {
                LOG.error("Sync run {} of {} failed", runId, channel.code(), e);
                tally.stop("run stopped by an unexpected error: " + ResourcePull.describe(e));
            }
            Instant finished = clock.instant();
            TransportStats.Snapshot calls = stats.snapshot();
            int retries = (int) calls.retries();
            int rateLimited = (int) calls.throttled429();
            SyncRunReport report = tally.report(finished, retries, rateLimited);
            transactions.inTransaction(() -> runs.finish(runId, report.status(), finished, tally.totalPushed(), retries,
                    rateLimited, tally.errorCount(), tally.log()));
            afterEachRun.run();
            return report;
        } finally {
            running.remove(channel.code());
        }
    }

    public boolean isRunning(String channelCode) {
        return running.contains(channelCode);
    }

    private void sync(ChannelEndpoint endpoint, Set<SyncResource> resources, RunTally tally, SyncProgress progress,
                      TransportStats stats) {
        Channel channel = endpoint.channel();
        ChannelAdapter adapter = connector.open(endpoint, stats);
        tally.note("sync of " + channel.code() + " (" + channel.kind() + ") started");
        for (SyncResource resource : PULL_ORDER) {
            if (resources.contains(resource) && adapter.pulls().contains(resource)) {
                resourcePull.pull(channel, adapter, resource, tally, progress);
            }
        }
        if (adapter.pushes().contains(PushKind.STOCK_LEVEL)) {
            StockPushes.StockPushPlan plan = transactions.inTransaction(() -> stockPushes.queueChanges(channel));
            tally.held(plan.held());
            if (plan.queued() > 0) {
                tally.note("STOCK_LEVEL: " + plan.queued() + " levels changed since the last push");
            }
            if (plan.held() > 0) {
                tally.error("STOCK_LEVEL: " + plan.held() + " listings would drop to zero at once; held until "
                        + "someone confirms or discards them");
            }
        }
        var pushed = pusher.pushDue(channel, adapter, tally);
        tally.pushed(pushed);
        pushed.forEach((kind, counts) -> progress.pushed(channel.code(), kind, counts.pushed()));
    }
}
