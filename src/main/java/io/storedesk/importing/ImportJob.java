package io.storedesk.importing;

import java.time.Instant;

/** An applied import: what, from which file, by whom, with which counts, and whether it was undone. */
public record ImportJob(long id, ImportKindId kind, String fileName, String user, ImportMode mode, String status,
                        long rows, long accepted, long refused, long unchanged, Instant startedAt,
                        Instant finishedAt, Instant undoneAt) {

    public static final String APPLIED = "APPLIED";
    public static final String UNDONE = "UNDONE";
}
