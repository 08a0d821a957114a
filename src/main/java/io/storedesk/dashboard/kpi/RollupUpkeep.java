package io.storedesk.dashboard.kpi;

import io.storedesk.common.Workers;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the KPI rollups up to date while the window is open: after a sync run or an order import, the rollups catch
 * up with the orders written (KpiRollups.catchUp) on a thread of their own, so the dashboard finds them current
 * instead of catching up while the person waits, and the indexes it already read follow them
 * (KpiService.followRollups), so its next read does not re-read the days changed either. Commands do not start it:
 * each one that reads the rollups catches them up itself, and an import from the command line should not wait for
 * them before it exits.
 */
public final class RollupUpkeep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RollupUpkeep.class);

    private final KpiRollups rollups;
    private final Runnable caughtUp;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile ExecutorService worker;

    /** caughtUp runs after each catch-up that changed the rollups (the dashboard's indexes follow them). */
    public RollupUpkeep(KpiRollups rollups, Runnable caughtUp) {
        this.rollups = rollups;
        this.caughtUp = caughtUp;
    }

    /** From now on, orders written are rolled up in the background. */
    public synchronized void start() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "kpi-upkeep");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /**
     * Orders were written (or may have been): one catch-up is queued unless one already waits to start, which
     * will see these orders too. Nothing happens before start().
     */
    public void ordersWritten() {
        ExecutorService running = worker;
        if (running == null || running.isShutdown() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(this::catchUp);
        } catch (RejectedExecutionException closing) {
            // The services are closing: the next session's dashboard catches up.
            pending.set(false);
        }
    }

    private void catchUp() {
        pending.set(false);
        try {
            int orders = rollups.catchUp();
            LOG.debug("KPI rollups caught up: {} orders (-1 = rebuilt)", orders);
            if (orders != 0) {
                caughtUp.run();
            }
        } catch (RuntimeException e) {
            // The dashboard catches up on its next read; nothing is lost.
            LOG.warn("The KPI rollups could not catch up in the background", e);
        }
    }

    /**
     * Stops; a catch-up under way finishes first, so the store is not closed under its transaction (a rebuild of a
     * million lines takes about half a minute).
     */
    @Override
    public void close() {
        ExecutorService running;
        synchronized (this) {
            running = worker;
        }
        if (running == null) {
            return;
        }
        Workers.finishWithoutInterrupting(running, Duration.ofMinutes(5));
    }
}
