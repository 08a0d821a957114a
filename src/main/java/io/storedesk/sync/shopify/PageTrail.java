package io.storedesk.sync.shopify;

import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The page_infos a run has been answered for, per resource. A next link that points at a page already read
 * (the same page again, or back to an earlier one) would make the engine read forever; it is stopped with a
 * fault instead, and as the run then never reaches its last page, the cursor stays where it was: nothing is
 * skipped and the next run reads from there again.
 */
final class PageTrail {

    private static final String FIRST_PAGE = "";

    private final Map<SyncResource, Set<String>> answered = new EnumMap<>(SyncResource.class);

    synchronized void answered(SyncResource resource, String pageToken, String nextPageToken) {
        if (pageToken == null) {
            answered.remove(resource);
        }
        Set<String> pages = answered.computeIfAbsent(resource, r -> new HashSet<>());
        String page = pageToken == null ? FIRST_PAGE : pageToken;
        if (nextPageToken != null && (nextPageToken.equals(page) || pages.contains(nextPageToken))) {
            throw new RemoteFault(RemoteFault.Kind.BAD_RESPONSE, 200, "Shopify's next link for "
                    + resource.name().toLowerCase(Locale.ROOT) + " points back to a page already read (page_info "
                    + nextPageToken + "); the pull stops so no page is read twice, and the next run starts again"
                    + " from the last saved cursor");
        }
        pages.add(page);
    }
}
