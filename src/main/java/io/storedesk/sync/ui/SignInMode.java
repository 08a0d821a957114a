package io.storedesk.sync.ui;

/**
 * How a new channel signs in: secrets typed into the window (kept encrypted in the vault), environment
 * variables read at each sync, or none (a local test server).
 */
public enum SignInMode {
    TYPED, ENVIRONMENT, NONE
}
