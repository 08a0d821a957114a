package io.storedesk.cli;

import io.storedesk.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** `storedesk --version`. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {AppInfo.NAME + " " + AppInfo.version(), "Java " + System.getProperty("java.version")};
    }
}
