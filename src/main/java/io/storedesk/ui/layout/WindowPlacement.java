package io.storedesk.ui.layout;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window was and how large, as it was last left: bounds are the normal (not maximised) ones, so
 * un-maximising after a start puts the window back where the person had it.
 */
public record WindowPlacement(ScreenArea bounds, boolean maximized) {

    /** How much of the window's top edge (where the title bar is) must lie on a screen to be caught with a mouse. */
    static final double TITLE_HEIGHT = 32;
    static final double GRIP_WIDTH = 100;
    /** Smaller than this is not a window anyone left on purpose (the stage's own minimum is larger). */
    private static final double SMALLEST = 200;

    /** The text kept in the preferences: x,y,width,height. */
    String encodeBounds() {
        return number(bounds.x()) + "," + number(bounds.y()) + "," + number(bounds.width()) + ","
                + number(bounds.height());
    }

    /** Reads x,y,width,height; empty when the text is missing or not four sensible numbers. */
    static Optional<ScreenArea> decodeBounds(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (!Double.isFinite(values[i])) {
                return Optional.empty();
            }
        }
        if (values[2] < SMALLEST || values[3] < SMALLEST) {
            return Optional.empty();
        }
        return Optional.of(new ScreenArea(values[0], values[1], values[2], values[3]));
    }

    /**
     * The placement to open with on these screens (the primary first). A window whose title bar lies on no screen
     * (its monitor was unplugged, the resolution dropped) is centred on the primary screen instead, so it never
     * opens where nobody can see or grab it; a window larger than its screen shrinks to fit.
     */
    public WindowPlacement fitTo(List<ScreenArea> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Optional<ScreenArea> holding = screens.stream().filter(this::titleBarOn).findFirst();
        if (holding.isPresent()) {
            ScreenArea screen = holding.get();
            return new WindowPlacement(new ScreenArea(bounds.x(), bounds.y(), Math.min(bounds.width(),
                    screen.width()), Math.min(bounds.height(), screen.height())), maximized);
        }
        ScreenArea primary = screens.get(0);
        double width = Math.min(bounds.width(), primary.width());
        double height = Math.min(bounds.height(), primary.height());
        return new WindowPlacement(new ScreenArea(primary.x() + (primary.width() - width) / 2,
                primary.y() + (primary.height() - height) / 2, width, height), maximized);
    }

    /** The title bar lies on the screen: its top edge is inside, and enough of its width to drag it by. */
    private boolean titleBarOn(ScreenArea screen) {
        double overlap = Math.min(bounds.maxX(), screen.maxX()) - Math.max(bounds.x(), screen.x());
        boolean topInside = bounds.y() >= screen.y() && bounds.y() + TITLE_HEIGHT <= screen.maxY();
        return topInside && overlap >= Math.min(GRIP_WIDTH, bounds.width());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
