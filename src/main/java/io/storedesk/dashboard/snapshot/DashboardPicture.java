package io.storedesk.dashboard.snapshot;

/**
 * The dashboard as the window drew it, ready to print: its title, period and filters in the reader's words, and
 * its pixels (ARGB, row by row) at the size they were drawn.
 */
public record DashboardPicture(String title, String period, String filters, int width, int height, int[] argb) {

    public DashboardPicture {
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + " × " + height);
        }
    }
}
