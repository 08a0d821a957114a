package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Light parameters keep the test quick; the format and the rules are the same as the standard cost. */
    static final PasswordHasher LIGHT = new PasswordHasher(new PasswordHasher.Cost(1024, 1, 1));

    @Test
    void aHashIsASelfDescribingArgon2idStringThatMatchesOnlyItsPassword() {
        String hash = LIGHT.hash("correct horse");

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(LIGHT.matches("correct horse", hash)).isTrue();
        assertThat(LIGHT.matches("correct hors", hash)).isFalse();
        assertThat(LIGHT.matches("", hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSaltSoEqualPasswordsDoNotShowAsEqualHashes() {
        String first = LIGHT.hash("same password");
        String second = LIGHT.hash("same password");

        assertThat(first).isNotEqualTo(second);
        assertThat(LIGHT.matches("same password", second)).isTrue();
    }

    @Test
    void aHashMadeWithOtherParametersStillMatchesAndIsMarkedForARehash() {
        PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Cost(2048, 2, 1));
        String old = LIGHT.hash("s3cret-pass");

        assertThat(stronger.matches("s3cret-pass", old)).isTrue();
        assertThat(stronger.isOutdated(old)).isTrue();
        assertThat(LIGHT.isOutdated(old)).isFalse();
    }

    @Test
    void aMissingOrForeignHashNeverMatches() {
        assertThat(LIGHT.matches("anything1", null)).isFalse();
        assertThat(LIGHT.matches("anything1", "")).isFalse();
        assertThat(LIGHT.matches("anything1", "plain-text-password")).isFalse();
        assertThat(LIGHT.matches("anything1", "$argon2id$broken")).isFalse();
    }
}
