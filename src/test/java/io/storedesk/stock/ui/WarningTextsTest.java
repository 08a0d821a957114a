package io.storedesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockWarning;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.WarningRow;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WarningTextsTest {

    private static final PositionKey BOTTLE_BEIJING = new PositionKey(1, 1);

    @Test
    void anOverstockByDaysOfCoverSaysDays() {
        MessageKey figure = WarningTexts.figure(overstock(133, false));

        assertThat(say(Messages.ENGLISH, figure)).isEqualTo("133 days of cover");
        assertThat(say(Messages.CHINESE, figure)).isEqualTo("可售 133 天");
    }

    @Test
    void anOverstockOnlyOverTheMaximumStockSaysUnitsOverIt() {
        assertThat(say(Messages.ENGLISH, WarningTexts.figure(overstock(10, true))))
                .isEqualTo("10 units over the maximum stock");
        assertThat(say(Messages.ENGLISH, WarningTexts.figure(overstock(1, true))))
                .isEqualTo("1 unit over the maximum stock");
        assertThat(say(Messages.CHINESE, WarningTexts.figure(overstock(1234, true)))).isEqualTo("超出最大库存 1,234 件");
    }

    private static WarningRow overstock(int figure, boolean overMaximum) {
        return new WarningRow(new StockWarning(WarningKind.OVERSTOCK, BOTTLE_BEIJING, "NP-1", "奶瓶", "BJ", 50, figure,
                overMaximum, null), null, null, 0, null, null, null);
    }

    private static String say(Locale locale, MessageKey key) {
        return new Messages(locale).get(key.key(), key.arguments());
    }
}
