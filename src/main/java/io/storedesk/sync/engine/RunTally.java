package io.storedesk.sync.engine;

import io.storedesk.sync.PushKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.outbox.PushCounts;
import io.storedesk.sync.outbox.PushEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A run's counters and log while it goes; becomes the {@link SyncRunReport} and the sync_run row's log. */
final class RunTally implements PushEvents {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final long runId;
    private final String channel;
    private final Instant startedAt;
    private final Clock clock;
    private final Map<SyncResource, ResourceCounts> pulled = new EnumMap<>(SyncResource.class);
    private final Map<PushKind, PushCounts> pushed = new EnumMap<>(PushKind.class);
    private final List<String> errors = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();
    private int stockHeld;
    private boolean stopped;

    RunTally(long runId, String channel, Instant startedAt, Clock clock) {
        this.runId = runId;
        this.channel = channel;
        this.startedAt = startedAt;
        this.clock = clock;
    }

    long runId() {
        return runId;
    }

    ResourceCounts counts(SyncResource resource) {
        return pulled.getOrDefault(resource, ResourceCounts.NONE);
    }

    void counts(SyncResource resource, ResourceCounts counts) {
        pulled.put(resource, counts);
    }

    void pushed(Map<PushKind, PushCounts> counts) {
        counts.forEach((kind, c) -> pushed.merge(kind, c, PushCounts::plus));
    }

    void held(int rows) {
        stockHeld += rows;
    }

    @Override
    public void note(String line) {
        log.append(TIME.format(clock.instant())).append(' ').append(line).append('\n');
    }

    @Override
    public void error(String line) {
        errors.add(line);
        note("ERROR " + line);
    }

    /** The run stops here (wrong credentials, no adapter): FAILED, whatever went through before. */
    void stop(String line) {
        stopped = true;
        error(line);
    }

    RunStatus status() {
        return stopped ? RunStatus.FAILED : errors.isEmpty() ? RunStatus.OK : RunStatus.PARTIAL;
    }

    int totalPushed() {
        return pushed.values().stream().mapToInt(PushCounts::pushed).sum();
    }

    int errorCount() {
        return errors.size();
    }

    /** The log as stored: at most the column's size, the end kept (it has the outcome). */
    String log() {
        String text = log.toString();
        int max = SyncRunRepository.LOG_MAX;
        return text.length() <= max ? text : "…" + text.substring(text.length() - max + 1);
    }

    SyncRunReport report(Instant finishedAt, int retries, int rateLimited) {
        return new SyncRunReport(runId, channel, status(), startedAt, finishedAt,
                Duration.between(startedAt, finishedAt).toMillis(), pulled, pushed, stockHeld, retries, rateLimited,
                errors);
    }
}
