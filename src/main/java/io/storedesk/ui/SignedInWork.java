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
    private final List<SignedInPane> withBadge = new ArrayList<>();
    private boolean badgesStarted;
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

    /** The pane, which reads its data (shown()) only while someone is signed in, and on screen after each sign-in. */
    public PaneView pane(PaneView pane) {
        return new SignedInPane(pane, null);
    }

    /**
     * The same for a pane with a count in the navigation: readBadge reads what the count needs (the view model's
     * refresh, without building the pane) once {@link #startBadgeReads()} was called, and again at every sign-in.
     */
    public PaneView pane(PaneView pane, Runnable readBadge) {
        SignedInPane signedIn = new SignedInPane(pane, readBadge);
        withBadge.add(signedIn);
        return signedIn;
    }

    /**
     * Reads the navigation's counts now and after every sign-in. The window calls this once the pane on screen has
     * its data, so at start-up that pane reads first and the counts follow (decision 0035).
     */
    public void startBadgeReads() {
        badgesStarted = true;
        if (signedIn()) {
            readBadges();
        }
    }

    private void readBadges() {
        // The pane on screen reads in full (shown()), which fills its count too.
        withBadge.stream().filter(p -> p != onScreen).forEach(p -> p.readBadge.run());
    }

    private void changed() {
        if (!signedIn()) {
            return;
        }
        loads.forEach(Runnable::run);
        if (badgesStarted) {
            readBadges();
        }
        if (onScreen != null) {
            onScreen.pane.shown();
        }
    }

    /** Delegates to the pane; shown() waits for a sign-in. */
    private final class SignedInPane implements PaneView {

        private final PaneView pane;
        private final Runnable readBadge;

        SignedInPane(PaneView pane, Runnable readBadge) {
            this.pane = pane;
            this.readBadge = readBadge;
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

        @Override
        public boolean isBuilt() {
            return pane.isBuilt();
        }
    }
}
