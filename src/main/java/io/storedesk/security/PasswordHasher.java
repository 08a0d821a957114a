package io.storedesk.security;

import com.password4j.Argon2Function;
import com.password4j.Hash;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (password4j, pure Java). A hash is a self-describing PHC string
 * ($argon2id$v=19$m=…,t=…,p=…$salt$hash), so a stored hash is checked with its own parameters and raised ones
 * apply from the next sign-in on. The comparison is constant-time (password4j's slowEquals).
 */
public final class PasswordHasher {

    /** Argon2id cost: memory in KiB, passes, lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {

        /** OWASP's 2023 minimum for Argon2id: 19 MiB, 2 passes, 1 lane (about a tenth of a second here). */
        public static final Cost STANDARD = new Cost(19 * 1024, 2, 1);
    }

    private static final int HASH_BYTES = 32;

    private final Argon2Function function;
    private volatile String decoy;

    public PasswordHasher(Cost cost) {
        this.function = Argon2Function.getInstance(cost.memoryKib(), cost.iterations(), cost.parallelism(),
                HASH_BYTES, Argon2.ID);
    }

    public static PasswordHasher standard() {
        return new PasswordHasher(Cost.STANDARD);
    }

    /** A new hash with a fresh random salt. */
    public String hash(String password) {
        Hash hash = function.hash(password);
        return hash.getResult();
    }

    /** Whether the password matches the stored hash; false for a missing or unreadable hash. */
    public boolean matches(String password, String storedHash) {
        if (storedHash == null || !storedHash.startsWith("$argon2")) {
            spendOneHash(password);
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
        } catch (RuntimeException unreadable) {
            spendOneHash(password);
            return false;
        }
    }

    /** True when the stored hash was made with other parameters than today's (rehash at the next sign-in). */
    public boolean isOutdated(String storedHash) {
        try {
            return !Argon2Function.getInstanceFromHash(storedHash).equals(function);
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    /**
     * Costs what checking a real hash costs, for a name nobody has (or a user without a password): an unknown
     * name must not answer faster than a wrong password, or timing would tell which names exist.
     */
    public void spendOneHash(String password) {
        String target = decoy;
        if (target == null) {
            target = hash("decoy-" + System.nanoTime());
            decoy = target;
        }
        function.check(password == null ? "" : password, target);
    }
}
