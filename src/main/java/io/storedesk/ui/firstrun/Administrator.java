package io.storedesk.ui.firstrun;

/** The first administrator as typed in the wizard; the password goes to {@code UserAccounts.claim} only. */
public record Administrator(String username, String displayName, String password) {

    @Override
    public String toString() {
        return "Administrator[" + username + "]";
    }
}
