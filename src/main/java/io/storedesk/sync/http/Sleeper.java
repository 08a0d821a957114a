package io.storedesk.sync.http;

import java.time.Duration;

/** How the transport waits (for the bucket to drain, or before a retry); tests pass one that only records. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread (Java 17 has no Thread.sleep(Duration)). */
    Sleeper REAL = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
