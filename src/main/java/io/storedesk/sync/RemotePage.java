package io.storedesk.sync;

import io.storedesk.sync.remote.RemoteRecord;
import java.util.List;

/**
 * One page of a pull. nextPageToken null = this was the last page. newestCursor = the cursor value of the
 * newest change on this page (null when the page is empty); the engine keeps the largest it has seen and
 * makes it the channel's cursor once the last page is committed.
 */
public record RemotePage(List<RemoteRecord> records, String nextPageToken, String newestCursor) {

    public RemotePage {
        records = List.copyOf(records);
    }

    public boolean isLast() {
        return nextPageToken == null;
    }
}
