package io.storedesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a remembered window opens: where it was while that is on a screen, centred on the primary one if not. */
class WindowPlacementTest {

    private static final ScreenArea LAPTOP = new ScreenArea(0, 0, 1440, 900);
    private static final ScreenArea MONITOR_RIGHT = new ScreenArea(1440, 0, 2560, 1440);

    @Test
    void aWindowOnASecondScreenStaysThereWhileThatScreenIsPlugged() {
        WindowPlacement placement = placed(2000, 100, 1600, 1000, false);

        assertThat(placement.fitTo(List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(placement);
    }

    @Test
    void aWindowLeftOnAnUnpluggedScreenOpensCentredOnThePrimaryOne() {
        WindowPlacement placement = placed(2000, 100, 1200, 800, true);

        assertThat(placement.fitTo(List.of(LAPTOP))).isEqualTo(placed(120, 50, 1200, 800, true));
    }

    @Test
    void aWindowLargerThanTheScreenLeftForItShrinksToFit() {
        WindowPlacement placement = placed(2000, 100, 2400, 1400, false);

        assertThat(placement.fitTo(List.of(LAPTOP))).isEqualTo(placed(0, 0, 1440, 900, false));
        assertThat(placed(10, 10, 2400, 1400, false).fitTo(List.of(LAPTOP)))
                .isEqualTo(placed(10, 10, 1440, 900, false));
    }

    @Test
    void aTitleBarAboveTheScreenOrWithOnlyASliverOnItCountsAsOffScreen() {
        // The title bar above the top edge cannot be grabbed; 40 pixels at the right edge are too few to drag.
        assertThat(placed(100, -60, 1000, 700, false).fitTo(List.of(LAPTOP)).bounds().y()).isEqualTo(100);
        assertThat(placed(1400, 100, 1000, 700, false).fitTo(List.of(LAPTOP)).bounds().x()).isEqualTo(220);
        // Half the window past the right edge still has its title bar to grab: left as it is.
        assertThat(placed(900, 100, 1000, 700, false).fitTo(List.of(LAPTOP)).bounds().x()).isEqualTo(900);
    }

    @Test
    void withNoScreenKnownThePlacementIsLeftAsItIs() {
        assertThat(placed(5000, 5000, 1000, 700, false).fitTo(List.of())).isEqualTo(placed(5000, 5000, 1000,
                700, false));
    }

    @Test
    void boundsSurviveTheirText() {
        WindowPlacement placement = placed(-1200.5, 40, 1280, 800, false);

        assertThat(WindowPlacement.decodeBounds(placement.encodeBounds())).contains(placement.bounds());
        assertThat(placement.encodeBounds()).isEqualTo("-1200.5,40,1280,800");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,2,3", "1,2,3,4,5", "a,b,c,d", "10,10,NaN,800", "10,10,Infinity,800",
            "10,10,50,40", "0,0,-1280,800", ",,,"})
    void unreadableBoundsReadAsNone(String text) {
        assertThat(WindowPlacement.decodeBounds(text)).isEmpty();
    }

    private static WindowPlacement placed(double x, double y, double width, double height, boolean maximized) {
        return new WindowPlacement(new ScreenArea(x, y, width, height), maximized);
    }
}
