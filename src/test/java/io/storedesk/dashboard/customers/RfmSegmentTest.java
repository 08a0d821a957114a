package io.storedesk.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.common.RefusedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The segment grid and the tier thresholds, cell by cell where the rules change. */
class RfmSegmentTest {

    @ParameterizedTest(name = "R{0} F{1} M{2} → {3}")
    @CsvSource(textBlock = """
            5, 5, 5, CHAMPIONS
            5, 4, 3, CHAMPIONS
            5, 1, 1, NEW
            5, 2, 1, POTENTIAL_LOYALIST
            5, 3, 2, POTENTIAL_LOYALIST
            4, 1, 1, PROMISING
            4, 5, 4, LOYAL
            3, 4, 3, LOYAL
            3, 3, 3, NEED_ATTENTION
            3, 2, 2, ABOUT_TO_SLEEP
            3, 1, 1, ABOUT_TO_SLEEP
            2, 1, 2, HIBERNATING
            2, 3, 3, AT_RISK
            1, 4, 3, AT_RISK
            2, 5, 5, CANT_LOSE
            1, 4, 5, CANT_LOSE
            1, 2, 2, LOST
            1, 1, 1, LOST
            """)
    void segmentFollowsRecencyAndCombinedFrequencyAndMoney(int r, int f, int m, RfmSegment expected) {
        assertThat(RfmSegment.of(new RfmScores(r, f, m))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "R{0} M{1} → {2}")
    @CsvSource(textBlock = """
            3, 3, STRATEGIC
            5, 5, STRATEGIC
            2, 3, POTENTIAL
            1, 5, POTENTIAL
            3, 2, GROWTH
            5, 1, GROWTH
            2, 2, DORMANT
            1, 1, DORMANT
            """)
    void tierSplitsValueAndActivityAtThree(int r, int m, CustomerTier expected) {
        assertThat(CustomerTier.of(new RfmScores(r, 1, m))).isEqualTo(expected);
    }

    @Test
    void everyCellOfTheGridHasASegment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    assertThat(RfmSegment.of(new RfmScores(r, f, m))).isNotNull();
                }
            }
        }
    }

    @Test
    void groupsAreNamedOnTheCommandLineWithoutCaseOrDashes() {
        assertThat(CustomerGroup.parse("cant-lose")).isEqualTo(RfmSegment.CANT_LOSE);
        assertThat(CustomerGroup.parse("Need attention")).isEqualTo(RfmSegment.NEED_ATTENTION);
        assertThat(CustomerGroup.parse("dormant")).isEqualTo(CustomerTier.DORMANT);
        assertThatThrownBy(() -> CustomerGroup.parse("vip")).isInstanceOf(RefusedInputException.class);
    }
}
