package io.storedesk.ui;

/** How far background work has come: done of total (total below 0 = unknown). */
public record ProgressReport(long done, long total) {
}
