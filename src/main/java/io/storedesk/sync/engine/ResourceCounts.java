package io.storedesk.sync.engine;

import io.storedesk.sync.InboundStore.InboundResult;

/**
 * What pulling one resource did in a run: pages and records committed, what the upserts made of them, and
 * whether the pull reached its last page (false = it stopped on an error; the next run resumes).
 */
public record ResourceCounts(int pages, int pulled, int created, int updated, int unchanged, int refused,
                             int conflicts, boolean complete) {

    public static final ResourceCounts NONE = new ResourceCounts(0, 0, 0, 0, 0, 0, 0, false);

    ResourceCounts plusPage(int records, InboundResult result, int stockConflicts) {
        return new ResourceCounts(pages + 1, pulled + records, created + result.created(), updated + result.updated(),
                unchanged + result.unchanged(), refused + result.refused(),
                conflicts + result.conflicts() + stockConflicts, complete);
    }

    ResourceCounts completed() {
        return new ResourceCounts(pages, pulled, created, updated, unchanged, refused, conflicts, true);
    }
}
