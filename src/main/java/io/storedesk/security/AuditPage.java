package io.storedesk.security;

import java.util.List;

/** One page of audit entries, newest first, and how many match the filter in all. */
public record AuditPage(List<AuditEntry> entries, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
