package io.storedesk.sync.engine;

import java.time.Instant;

/** A stored sync run, as the status bar and the run history show it. finishedAt null = still running (or died). */
public record RunSummary(long id, long channelId, Instant startedAt, Instant finishedAt, RunStatus status,
                         int pulled, int pushed, int retries, int rateLimited, int errors, String log) {
}
