package io.storedesk.sync.engine;

/**
 * A resource's stored pull position. cursorValue = where the run that is paging started (changes after it are
 * wanted); pageToken = the next page of that run (null = no run is paging); newestSeen = the newest change on
 * the pages committed so far, which becomes cursorValue when the last page is committed.
 */
public record CursorState(String cursorValue, String pageToken, String newestSeen) {

    public static final CursorState START = new CursorState(null, null, null);

    public boolean paging() {
        return pageToken != null;
    }
}
