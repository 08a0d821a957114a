package io.storedesk.ui;

import io.storedesk.security.Access;
import io.storedesk.security.SignIn;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * What the window reads on behalf of whoever is signed in. While the desk is locked (a claimed store before the
 * first sign-in, after sign-out or the idle lock) nothing is read, so no business or personal data waits behind
 * the lock screen; after every sign-in or switch of person everything is read again, as that person may see it
 * (masked or not). Used on the window's thread; access changes reach it through uiThread.
 */
public final class SignedInWork {

    private final Access access;
    private final List<Runnable> loads = new ArrayList<>();
    private SignedInPane onScreen;

    public SignedInWork(Access access, Executor uiThread) {
        this.access = access;
        listen(access, new WeakReference<>(this), uiThread);
    }

    /** Access outlives windows (tests build many on one store's services), so it holds this only weakly. */
    private static void listen(Access access, WeakReference<SignedInWork> work, Executor uiThread) {
        access.onChange(grant -> {
            SignedInWork alive = work.get();
            if (alive != null) {
                uiThread.execute(alive::changed);
            }
        });
    }

    /** Whether a person (not nobody at a locked desk) is signed in. */
    public boolean signedIn() {
        return !SignIn.NOBODY.equals(access.principal());
    }

    /** Runs load now if someone is signed in, and again after every sign-in or switch. */
    public void load(Runnable load) {
        loads.add(load);
        if (signedIn()) {
            load.run();
        }
    }

    /** Runs the action only while someone is signed in (e.g. a reload a background schedule asks for). */
    public void ifSignedIn(Runnable action) {
        if (signedIn()) {
            action.run();
        }
    }

    /**
     * The pane, which reads its data (shown()) only while someone is signed in; the pane on screen reads again
     * after each sign-in. withBadge: the pane reads at every sign-in even when not on screen, for the count the
     * navigation shows beside it.
     */
    public PaneView pane(PaneView pane, boolean withBadge) {
        if (withBadge) {
            load(pane::shown);
        }
        return new SignedInPane(pane, withBadge);
    }

    private void changed() {
        if (!signedIn()) {
            return;
        }
        loads.forEach(Runnable::run);
        // A pane with a badge has just read; any other pane on screen reads now.
        if (onScreen != null && !onScreen.withBadge) {
            onScreen.pane.shown();
        }
    }

    /** Delegates to the pane; shown() waits for a sign-in. */
    private final class SignedInPane implements PaneView {

        private final PaneView pane;
        private final boolean withBadge;

        SignedInPane(PaneView pane, boolean withBadge) {
            this.pane = pane;
            this.withBadge = withBadge;
        }

        @Override
        public Node node() {
            return pane.node();
        }

        @Override
        public void shown() {
            onScreen = this;
            if (signedIn()) {
                pane.shown();
            }
        }

        @Override
        public ObservableValue<? extends Number> badge() {
            return pane.badge();
        }

        @Override
        public void reveal(String reference) {
            if (signedIn()) {
                pane.reveal(reference);
            }
        }
    }
}
