package io.storedesk.aftersales;

import java.time.Instant;

/** When a ticket's first response, resolution and feedback are due; null = no target. */
public record SlaDue(Instant firstResponse, Instant resolution, Instant feedback) {
}
