package io.storedesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ChangeListener;

/**
 * Closing the window while background work runs (an import, routing, a backup): the window stays until the work is
 * done and then closes, unless the person keeps it open or closes it at once. Before, the window vanished and the
 * desk waited up to half a minute for the work, which was not saved if it took longer, and no one was told.
 */
public final class ClosingViewModel {

    private final ReadOnlyIntegerProperty running;
    private final Runnable close;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<Number> closeWhenIdle = (obs, old, now) -> {
        if (now.intValue() == 0) {
            closeNow();
        }
    };

    /** running: how many background tasks run (FxTaskRunner.runningProperty); close: closes the window. */
    public ClosingViewModel(ReadOnlyIntegerProperty running, Runnable close) {
        this.running = running;
        this.close = close;
    }

    /** Whether the window may close at once: no background work runs. */
    public boolean mayCloseNow() {
        return running.get() == 0;
    }

    /** Closes the window as soon as no background work runs (at once if none does). */
    public void closeWhenDone() {
        if (mayCloseNow()) {
            close.run();
            return;
        }
        if (!waiting.get()) {
            waiting.set(true);
            running.addListener(closeWhenIdle);
        }
    }

    /** The person changed their mind: the window stays open when the work is done. */
    public void keepOpen() {
        stopWaiting();
    }

    /** Closes the window now; running work gets the usual half minute to finish, then is not saved. */
    public void closeNow() {
        stopWaiting();
        close.run();
    }

    /** True while the window waits for the work to finish before it closes. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    private void stopWaiting() {
        running.removeListener(closeWhenIdle);
        waiting.set(false);
    }
}
