package io.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.FileSize;
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
        assertThat(i18n.get("dashboard.reason.line", "Return", "Size", 0L, "¥0.00"))
                .isEqualTo("Return: Size · 0 refunds · ¥0.00");
        assertThat(i18n.get("status.counts", 1L, 0L, 29282L)).isEqualTo("1 SKU · 0 orders · 29,282 open tickets");
        assertThat(i18n.get("status.counts", 870L, 1L, 1L)).isEqualTo("870 SKUs · 1 order · 1 open ticket");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("dashboard.reason.line", "退货", "尺码不合适", 1234L, "¥9.00"))
                .isEqualTo("退货：尺码不合适 · 1,234 笔 · ¥9.00");
        assertThat(i18n.get("status.counts", 870L, 29282L, 57L)).isEqualTo("870 个 SKU · 29,282 个订单 · 57 个待处理工单");
    }

    @Test
    void daysUnitsAndPagesTakeTheirSingularInEnglish() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("stock.figure.OVERSTOCK", 1)).isEqualTo("1 day of cover");
        assertThat(i18n.get("stock.figure.OVERSTOCK", 1460)).isEqualTo("1,460 days of cover");
        assertThat(i18n.get("stock.figure.OVER_MAXIMUM", 1)).isEqualTo("1 unit over the maximum stock");
        assertThat(i18n.get("stock.figure.OVER_MAXIMUM", 1460)).isEqualTo("1,460 units over the maximum stock");
        assertThat(i18n.get("stock.figure.NEAR_EXPIRY", 0, "B-7")).isEqualTo("Batch B-7 expires in 0 days");
        assertThat(i18n.get("stock.figure.NEAR_EXPIRY", 1, "B-7")).isEqualTo("Batch B-7 expires in 1 day");
        assertThat(i18n.get("dashboard.periodRange", "2026-11-20", "2026-11-20", 1))
                .isEqualTo("2026-11-20 – 2026-11-20 (1 day) against the day before");
        assertThat(i18n.get("dashboard.periodRange", "2026-10-22", "2026-11-20", 30))
                .isEqualTo("2026-10-22 – 2026-11-20 (30 days) against the days before");
        assertThat(i18n.get("stock.channel.today", 1, 1, 1)).isEqualTo("1 of 1 unit on 1 SKU");
        assertThat(i18n.get("stock.channel.today", 950, 1200, 2)).isEqualTo("950 of 1,200 units on 2 SKUs");
        assertThat(i18n.get("dashboard.heat.cell", "Mon", 9, 1L)).isEqualTo("Mon 9:00 – 1 order");
        assertThat(i18n.get("dashboard.heat.cell", "Mon", 3, 0L)).isEqualTo("Mon 3:00 – 0 orders");
        assertThat(i18n.get("picklist.done", "pick.pdf", 1)).isEqualTo("Pick list saved: pick.pdf (1 page).");
        assertThat(i18n.get("picklist.done", "pick.pdf", 2)).isEqualTo("Pick list saved: pick.pdf (2 pages).");
        assertThat(i18n.get("sync.ui.log.pulled", "Orders", 1, 1, 1, 0, 0, 1))
                .isEqualTo("Orders: 1 pulled in 1 page (1 new, 0 changed, 0 refused, 1 conflict)");
        assertThat(i18n.get("security.audit.count", 1, 1L)).isEqualTo("Page 1; 1 entry matches");
        assertThat(i18n.get("security.audit.count", 1, 0L)).isEqualTo("Page 1; 0 entries match");
        assertThat(i18n.get("cli.route.summary", 1, 1, 1, 0, "12.00", 1, 0)).isEqualTo("Routed 1 of 1 waiting order"
                + " in 1 parcel (0 split over warehouses), estimated 12.00; 1 parcel late; 0 held or backordered.");
    }

    @Test
    void theVerbFollowsASingleCountInEnglish() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("catalog.error.bulkConflict", 1, 2, "P1-M")).startsWith("1 of the 2 selected SKUs was "
                + "changed by someone else since you selected them (P1-M);");
        assertThat(i18n.get("catalog.error.bulkConflict", 1, 1, "P1-M")).startsWith("1 of the 1 selected SKU was "
                + "changed by someone else since you selected it (P1-M);");
        assertThat(i18n.get("import.done.notApplied", 1)).startsWith("Nothing was written: 1 row is refused and "
                + "\"all or nothing\" was chosen. Fix it (export the refused row)");
        assertThat(i18n.get("import.done.notApplied", 2)).startsWith("Nothing was written: 2 rows are refused and "
                + "\"all or nothing\" was chosen. Fix them (export the refused rows)");
        assertThat(i18n.get("stock.po.overReceipt", 3L, "NF-2", "PO-7", 2, 1))
                .isEqualTo("Line 3 (NF-2) of purchase order PO-7: 2 received, but only 1 is still outstanding.");
        assertThat(i18n.get("selftest.windowClasses.ok", 1, 1)).isEqualTo("1 class of the window loads (1 listed is"
                + " not part of this build)");
        assertThat(i18n.get("selftest.windowClasses.ok", 212, 0)).isEqualTo("212 classes of the window load (0 listed"
                + " are not part of this build)");
        assertThat(i18n.get("sync.ui.outbox.heldExplained", 1)).startsWith("1 stock level is held: it waits until you "
                + "confirm it");
        assertThat(i18n.get("sync.ui.outbox.heldExplained", 40)).startsWith("40 stock levels are held: pushing them");
    }

    @Test
    void fractionalFiguresKeepTheirDecimalsAndTakeTheSingularOnlyAtOne() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("dashboard.kpi.days_of_inventory.value", new BigDecimal("1.0"))).isEqualTo("1 day");
        assertThat(i18n.get("dashboard.kpi.days_of_inventory.value", new BigDecimal("0.5"))).isEqualTo("0.5 days");
        assertThat(i18n.get("dashboard.kpi.days_of_inventory.value", new BigDecimal("1234.5")))
                .isEqualTo("1,234.5 days");
        assertThat(i18n.get("review.hold.RISK_PHONE", "134****4156", 3, new BigDecimal("1")))
                .startsWith("Phone 134****4156 placed 3 orders within 1 hour.");
        assertThat(i18n.get("review.hold.RISK_PHONE", "134****4156", 3, new BigDecimal("0.5")))
                .startsWith("Phone 134****4156 placed 3 orders within 0.5 hours.");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("dashboard.kpi.days_of_inventory.value", new BigDecimal("1234.5"))).isEqualTo("1,234.5 天");
    }

    @Test
    void chineseFormatsTheSameCountsWithoutAPlural() {
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("nav.badge.stock", 1L)).startsWith("1 条库存预警待处理");
        assertThat(i18n.get("nav.badge.stock", 3211L)).startsWith("3,211 条库存预警待处理");
        assertThat(i18n.get("stock.figure.OVERSTOCK", 1)).isEqualTo("可售 1 天");
        assertThat(i18n.get("stock.figure.OVER_MAXIMUM", 1460)).isEqualTo("超出最大库存 1,460 件");
        assertThat(i18n.get("stock.channel.today", 950, 1200, 2)).isEqualTo("2 个 SKU 共 950 / 1,200 件");
        assertThat(i18n.get("dashboard.heat.cell", "周一", 9, 1234L)).isEqualTo("周一 9:00 – 1,234 单");
        assertThat(i18n.get("picklist.done", "pick.pdf", 1)).isEqualTo("拣货单已保存：pick.pdf（共 1 页）。");
        assertThat(i18n.get("sync.ui.log.pulled", "订单", 1, 1, 1, 0, 0, 1))
                .isEqualTo("订单：拉取 1 条，共 1 页（新增 1，更新 0，拒收 0，冲突 1）");
        assertThat(i18n.get("stock.po.overReceipt", 3L, "NF-2", "PO-7", 2, 1))
                .isEqualTo("采购单 PO-7 的第 3 号明细行（NF-2）：收货 2 件，但只剩 1 件未到货。");
    }

    @Test
    void noticesOfNoneSayNoneNotOne() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("stock.notice.dismissed", 0)).isEqualTo("0 warnings dismissed until they clear.");
        assertThat(i18n.get("stock.notice.putBack", 0)).isEqualTo("No warning shows again.");
        assertThat(i18n.get("stock.notice.putBackSome", 2, 1))
                .isEqualTo("2 warnings show again; 1 stays aside: someone put it aside again since.");
        assertThat(i18n.get("aftersales.pane.escalated", 0)).startsWith("No ticket missed");
        assertThat(i18n.get("aftersales.pane.escalated", 1234)).startsWith("1,234 tickets missed");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("stock.notice.snoozed", 1234, 7)).isEqualTo("已暂缓 1,234 条预警 7 天。");
        assertThat(i18n.get("aftersales.pane.escalated", 0)).startsWith("0 张工单");
    }

    @Test
    void outboxRowIdsPrintWithoutGroupingInBothLanguages() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("sync.ui.outbox.retried", 1234L)).isEqualTo("Outbox row 1234 goes out at the next sync.");
        assertThat(i18n.get("sync.ui.outbox.discarded", 1234L)).isEqualTo("Outbox row 1234 discarded.");
        assertThat(i18n.get("sync.ui.outbox.discardAsk", 1234L, "P1-M")).startsWith("Discard outbox row 1234 (P1-M)?");
        assertThat(i18n.get("sync.cli.outbox.retry", 1234L)).isEqualTo("Outbox row 1234 goes out at the next sync.");
        assertThat(i18n.get("sync.cli.outbox.discard", 1234L)).isEqualTo("Outbox row 1234 discarded.");
        assertThat(i18n.get("sync.outbox.unknown", 1234L)).isEqualTo("There is no outbox row 1234.");
        assertThat(i18n.get("sync.outbox.wrongStatus", 1234L, "SENT")).startsWith("Outbox row 1234 is SENT,");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("sync.ui.outbox.retried", 1234L)).isEqualTo("发件箱记录 1234 将在下次同步时发送。");
        assertThat(i18n.get("sync.ui.outbox.discarded", 1234L)).isEqualTo("已丢弃发件箱记录 1234。");
        assertThat(i18n.get("sync.ui.outbox.discardAsk", 1234L, "P1-M")).startsWith("丢弃发件箱记录 1234（P1-M）吗？");
        assertThat(i18n.get("sync.cli.outbox.retry", 1234L)).isEqualTo("发件箱第 1234 条将在下次同步时发送。");
        assertThat(i18n.get("sync.cli.outbox.discard", 1234L)).isEqualTo("已丢弃发件箱第 1234 条。");
        assertThat(i18n.get("sync.outbox.unknown", 1234L)).isEqualTo("发件箱中没有第 1234 条。");
        assertThat(i18n.get("sync.outbox.wrongStatus", 1234L, "SENT")).startsWith("发件箱第 1234 条的状态为 SENT，");
    }

    @Test
    void aBackupNoticeGivesTheFileSizeAsAFileManagerDoes() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("backup.done", "manual-2026.sdbackup", FileSize.of(131_052_000L)))
                .isEqualTo("Backup written: manual-2026.sdbackup (125 MB).");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(i18n.get("backup.done", "manual-2026.sdbackup", FileSize.of(1_536L)))
                .isEqualTo("备份已写入：manual-2026.sdbackup（1.5 KB）。");
    }

    @Test
    void theNavigationBadgesSayOneWarningOneOrderOneTicketOneChange() {
        I18n i18n = new I18n(Locale.ENGLISH);
        assertThat(i18n.get("nav.badge.stock", 1L)).startsWith("1 stock warning to act on (");
        assertThat(i18n.get("nav.badge.stock", 3211L)).startsWith("3,211 stock warnings to act on (");
        assertThat(i18n.get("nav.badge.orders", 1L)).isEqualTo("1 paid order waiting to be routed, or on hold");
        assertThat(i18n.get("nav.badge.aftersales", 1L)).isEqualTo("1 ticket past an SLA target");
        assertThat(i18n.get("nav.badge.channels", 2L)).isEqualTo("2 changes for the channels held for a decision or "
                + "failed");
    }
}
