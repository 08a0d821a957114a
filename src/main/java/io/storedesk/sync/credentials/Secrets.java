package io.storedesk.sync.credentials;

/** How a secret is shown to a person: never in full. */
public final class Secrets {

    private static final String DOTS = "••••";

    private Secrets() {
    }

    /**
     * "••••" and, for a secret long enough that four characters give little away (12 or more), its last four,
     * so a person can tell two tokens apart. null or blank = "".
     */
    public static String masked(String secret) {
        if (secret == null || secret.isBlank()) {
            return "";
        }
        return secret.length() >= 12 ? DOTS + secret.substring(secret.length() - 4) : DOTS;
    }
}
