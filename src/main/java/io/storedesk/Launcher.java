package io.storedesk;

import io.storedesk.cli.Cli;
import io.storedesk.cli.StoreSessions;
import io.storedesk.ui.StoreDeskApp;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The entry point for the window and the command line alike. It does not extend Application, so
 * StoreDesk runs from a plain classpath (java -cp ... io.storedesk.Launcher).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode = Cli.forArguments(args, StoreDeskApp::open, StoreSessions.system(), out, err, Locale.getDefault())
                .execute(args);
        System.exit(exitCode);
    }
}
