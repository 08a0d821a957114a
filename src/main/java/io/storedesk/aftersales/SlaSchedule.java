package io.storedesk.aftersales;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps the SLA clocks while the window is open, on a thread of its own: warnings and breaches (with their
 * escalation) are recorded within a period of happening, whether or not anyone looks at the after-sales pane.
 * A failed sweep is logged and the next one runs as planned.
 */
public final class SlaSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlaSchedule.class);
    /** Who the timeline names for what a sweep records. */
    public static final String ACTOR = "sla";

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sla-sweep");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts sweeping at once, then every period. */
    public SlaSchedule(Runnable sweep, Duration period) {
        this(sweep, Duration.ZERO, period);
    }

    /** Sweeps first after firstAfter, then every period. */
    public SlaSchedule(Runnable sweep, Duration firstAfter, Duration period) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                sweep.run();
            } catch (RuntimeException e) {
                LOG.warn("SLA sweep failed; the next one runs in {}", period, e);
            }
        }, firstAfter.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Every minute over the given sweep, recorded as {@link #ACTOR}; each result goes to onSweep. The first sweep
     * waits half a minute, so it does not compete with the window's start (decision 0035).
     */
    public static SlaSchedule everyMinute(SlaSweep sweep, Consumer<SlaSweep.SweepResult> onSweep) {
        return new SlaSchedule(() -> {
            SlaSweep.SweepResult result = sweep.sweepClocks(ACTOR);
            onSweep.accept(result);
            if (result.warnings() > 0 || result.escalated() > 0) {
                LOG.info("SLA sweep: {} tickets, {} warnings, {} escalated", result.checked(), result.warnings(),
                        result.escalated());
            }
        }, Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    /** Stops sweeping; a sweep under way finishes first (so the store is not closed under it). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
