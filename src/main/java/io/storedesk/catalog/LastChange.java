package io.storedesk.catalog;

import java.time.Instant;

/** Who last changed a record and when (user null: written by the system, e.g. the demo loader). */
public record LastChange(String user, Instant at) {
}
