package io.storedesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(LikePatterns.escape("a%b_c!d")).isEqualTo("a!%b!_c!!d");
        assertThat(LikePatterns.startingWith("10%")).isEqualTo("10!%%");
        assertThat(LikePatterns.containing("x_y")).isEqualTo("%x!_y%");
        assertThat(LikePatterns.endingWith("6949")).isEqualTo("%6949");
    }
}
