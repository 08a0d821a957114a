package io.storedesk.ui.layout;

/** A rectangle in screen coordinates: a screen's usable area, or a window's bounds. */
public record ScreenArea(double x, double y, double width, double height) {

    double maxX() {
        return x + width;
    }

    double maxY() {
        return y + height;
    }
}
