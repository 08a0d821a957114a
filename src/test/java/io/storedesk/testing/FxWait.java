package io.storedesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition on what a window shows, asking it on the JavaFX thread. Scene lookups are not safe from
 * the test's thread: a lookup that walks a list of children while the JavaFX thread changes it fails at random
 * (an IndexOutOfBoundsException inside Parent.lookupAll, seen on a loaded machine).
 */
public final class FxWait {

    private FxWait() {
    }

    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
