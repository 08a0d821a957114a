package io.storedesk.sync;

/**
 * Where a pull stands: cursor = changes after this value are wanted (an updated-at / modified-after /
 * write-date in the remote's own format; null = everything), pageToken = the adapter's token for the next
 * page of the current run (null = first page). The engine stores both after every committed page, so a run
 * that dies resumes at the page after the last one it committed.
 */
public record PullPosition(String cursor, String pageToken) {

    public static PullPosition from(String cursor) {
        return new PullPosition(cursor, null);
    }
}
