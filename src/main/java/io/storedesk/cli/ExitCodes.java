package io.storedesk.cli;

/** What the CLI returns to the shell. */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    /** Refused input: a bad option, or input StoreDesk will not act on. Nothing was changed. */
    public static final int REFUSED = 2;

    private ExitCodes() {
    }
}
