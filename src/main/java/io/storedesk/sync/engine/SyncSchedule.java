package io.storedesk.sync.engine;

import io.storedesk.common.UserFacingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs every channel with an API every period while the window is open, on a thread of its own. A channel
 * already syncing (someone pressed "sync now") is skipped this time; a failed run is logged and the next
 * period runs as planned. Owned and closed by the Services.
 */
public final class SyncSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

    private final SyncEngine engine;
    private final ChannelEndpointRepository endpoints;
    private final Consumer<SyncRunReport> onRun;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sync-schedule");
        thread.setDaemon(true);
        return thread;
    });

    SyncSchedule(SyncEngine engine, ChannelEndpointRepository endpoints, Consumer<SyncRunReport> onRun) {
        this.engine = engine;
        this.endpoints = endpoints;
        this.onRun = onRun;
    }

    /** Starts after one period (the window opens first), then every period. */
    public static SyncSchedule every(Duration period, SyncEngine engine, ChannelEndpointRepository endpoints,
                                     Consumer<SyncRunReport> onRun) {
        SyncSchedule schedule = new SyncSchedule(engine, endpoints, onRun);
        schedule.executor.scheduleWithFixedDelay(schedule::runDue, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return schedule;
    }

    /** One round: each connected, active channel not already syncing. Returns the reports of the runs made. */
    List<SyncRunReport> runDue() {
        List<SyncRunReport> reports = new ArrayList<>();
        for (ChannelEndpoint endpoint : endpoints.all()) {
            String code = endpoint.channel().code();
            if (!endpoint.connected() || !endpoint.channel().active() || engine.isRunning(code)) {
                continue;
            }
            try {
                SyncRunReport report = engine.runScheduled(code);
                reports.add(report);
                onRun.accept(report);
            } catch (UserFacingException e) {
                LOG.info("Scheduled sync of {} skipped: {}", code, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Scheduled sync of {} failed; the next round runs as planned", code, e);
            }
        }
        return reports;
    }

    /** Stops the schedule; a run under way finishes first (so the store is not closed under it). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
