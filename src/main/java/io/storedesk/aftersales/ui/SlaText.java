package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.ui.I18n;
import java.time.Duration;

/** Time left on a clock as people say it: "2 d 3 h", "3 h 20 min", "overdue 45 min". */
final class SlaText {

    private SlaText() {
    }

    static String left(I18n i18n, Duration left) {
        if (left == null) {
            return "";
        }
        String amount = amount(i18n, left.abs());
        return left.isNegative() ? i18n.get("aftersales.left.overdue", amount) : amount;
    }

    static String amount(I18n i18n, Duration d) {
        long minutes = d.toMinutes();
        if (minutes >= 24 * 60) {
            return i18n.get("aftersales.left.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return i18n.get("aftersales.left.hours", minutes / 60, minutes % 60);
        }
        return i18n.get("aftersales.left.minutes", minutes);
    }

    /** The style class a clock in this state is drawn with (none when nothing calls for attention). */
    static String styleOf(SlaState state) {
        return switch (state) {
            case BREACHED, MET_LATE -> "sla-breached";
            case WARNING -> "sla-warning";
            default -> "";
        };
    }
}
