package io.storedesk.demo;

/** What a demo load did: rows read from the files, and how many days the dates were moved forward. */
public record DemoLoadResult(long rows, int shiftedDays) {
}
