package io.storedesk.store.backup;

import io.storedesk.common.Workers;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the window is open, checks every hour (first a minute after the start) whether the daily backup is
 * due; {@link Backups#dailyIfDue()} decides on the clock, so the rule is tested without this thread.
 */
public final class BackupSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "storedesk-backups");
        thread.setDaemon(true);
        return thread;
    });

    private BackupSchedule() {
    }

    /** underWay: as for {@link Backups#dailyIfDue(Supplier)}, told when a backup starts and when it ends. */
    public static BackupSchedule hourly(Backups backups, Supplier<Runnable> underWay) {
        BackupSchedule schedule = new BackupSchedule();
        long period = Duration.ofHours(1).toSeconds();
        schedule.executor.scheduleWithFixedDelay(() -> {
            try {
                backups.dailyIfDue(underWay);
            } catch (RuntimeException e) {
                LOG.warn("The daily backup failed; it is tried again within the hour", e);
            }
        }, Duration.ofMinutes(1).toSeconds(), period, TimeUnit.SECONDS);
        return schedule;
    }

    /** Stops checking and waits for a backup under way, so the store does not close under it. */
    @Override
    public void close() {
        Workers.finishWithoutInterrupting(executor, Duration.ofMinutes(5));
    }
}
