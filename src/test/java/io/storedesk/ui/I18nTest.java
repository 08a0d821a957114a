package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Money;
import io.storedesk.common.UserFacingException;
import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class I18nTest {

    @Test
    void boundTextFollowsTheLanguageAtOnce() {
        I18n i18n = new I18n(Locale.ENGLISH);
        // Bound the way a Label is: the property re-reads the binding during the locale's invalidation.
        StringProperty label = new SimpleStringProperty();
        label.bind(i18n.text("nav.catalog"));
        String[] seen = new String[1];
        label.addListener((obs, old, now) -> seen[0] = now);

        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(label.get()).isEqualTo("商品");
        assertThat(seen[0]).isEqualTo("商品");
    }

    @Test
    void textWithChangingArgumentsFollowsBoth() {
        I18n i18n = new I18n(Locale.ENGLISH);
        SimpleLongProperty shown = new SimpleLongProperty(3);
        SimpleLongProperty total = new SimpleLongProperty(12_000);
        StringBinding count = i18n.text("table.count", shown, total);
        assertThat(count.get()).isEqualTo("Showing 3 of 12,000");
        shown.set(500);
        assertThat(count.get()).isEqualTo("Showing 500 of 12,000");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(count.get()).isEqualTo("显示 500 条，共 12,000 条");
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertThat(new I18n(Locale.FRENCH).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(new I18n(Locale.forLanguageTag("zh-TW")).get("nav.stock")).isEqualTo("库存预警");
    }

    @Test
    void failuresAreDescribedInTheUsersLanguage() {
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.describe(new UserFacingException("store.error.inUse", "/data"))).contains("/data")
                .contains("另一个");
        assertThat(i18n.describe(new IllegalStateException("boom"))).contains("boom").contains("意外错误");
    }

    @Test
    void formatsFollowTheLocale() {
        Formats english = new I18n(Locale.ENGLISH).formats();
        assertThat(english.money(Money.of("1299", "CNY"))).isEqualTo("¥1,299.00");
        assertThat(english.percent(new BigDecimal("0.1234"))).isEqualTo("12.3%");
        assertThat(english.integer(29281)).isEqualTo("29,281");
    }

    @Test
    void countsTakeTheirSingularAndGroupTheirThousands() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("dashboard.reason.line", "Return", "Quality", 1L, "¥70.47"))
                .isEqualTo("Return: Quality · 1 refund · ¥70.47");
        assertThat(i18n.get("dashboard.reason.line", "Return", "Size", 1234L, "¥9.00"))
                .isEqualTo("Return: Size · 1,234 refunds · ¥9.00");
        assertThat(i18n.get("status.counts", 1L, 0L, 29282L)).isEqualTo("1 SKU · 0 orders · 29,282 open tickets");
        assertThat(i18n.get("status.counts", 870L, 1L, 1L)).isEqualTo("870 SKUs · 1 order · 1 open ticket");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("dashboard.reason.line", "退货", "尺码不合适", 1234L, "¥9.00"))
                .isEqualTo("退货：尺码不合适 · 1,234 笔 · ¥9.00");
        assertThat(i18n.get("status.counts", 870L, 29282L, 57L)).isEqualTo("870 个 SKU · 29,282 个订单 · 57 个待处理工单");
    }
}
