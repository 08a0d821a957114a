package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reason the stock imports give reads in both languages, with its figures in place. */
class StockImportMessagesTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    @ParameterizedTest
    @CsvSource(textBlock = """
            import.reason.unknownWarehouse,   ,      , 没有此编码或名称的仓库
            import.reason.skuNotInCatalog,    ,      , 商品库中没有此 SKU；请先在商品中添加
            import.reason.unknownSupplier,    ,      , 没有此编码的供应商
            import.reason.duplicatePosition,  1234,  , 第 1234 行已填写过此仓库的这个 SKU
            import.reason.countTooLarge,      1000000, , '同一仓库的同一 SKU 超过 1,000,000 件，多半是填错了（是否把条码填进了数量列？）'
            import.reason.countBelowReserved, 3,     2, 订单已占用其中 3 件，多于盘点的 2 件；请先释放或转移这些占用
            import.reason.atLeast,            1,     , 至少为 1
            import.reason.serviceLevel,       ,      , 服务水平应大于 0 且小于 1，例如 0.95 或 95%
            import.reason.reorderAboveMax,    150,   100, 补货点（150）高于最大库存（100）
            import.reason.undoBelowReserved,  ,      , 订单现在占用的数量多于导入前的库存
            """)
    void reasonsReadInChineseAndEnglish(String key, Long first, Long second, String chinese) {
        Object[] arguments = second != null ? new Object[] {first, second}
                : first != null ? new Object[] {first} : new Object[0];

        assertThat(CHINESE.get(key, arguments)).isEqualTo(chinese);
        String english = ENGLISH.get(key, arguments);
        assertThat(english).doesNotContain("{", "!").isNotEqualTo(chinese);
        if (first != null) {
            assertThat(english).contains(first == 1_000_000 ? "1,000,000" : first.toString());
        }
    }
}
