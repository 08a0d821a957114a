package io.storedesk.cli;

import picocli.CommandLine.Option;

/** The --data-dir option every command that opens a store takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the store (default: STOREDESK_HOME, else the OS's application data folder).")
    String dataDirectory;

    public String value() {
        return dataDirectory;
    }
}
