package io.storedesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogRulesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            100.00, 60.00, 0.4000
            119.00, 61.88, 0.4800
            10.00,  12.00, -0.2000
            """)
    void marginIsTheShareOfThePriceLeftAfterCost(String price, String cost, String margin) {
        assertThat(Margins.margin(Money.of(price, "CNY"), Money.of(cost, "CNY"))).contains(new BigDecimal(margin));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.00,   5.00, CNY
            100.00, 5.00, USD
            """)
    void marginIsUnknownForZeroPriceOrMixedCurrencies(String price, String cost, String costCurrency) {
        assertThat(Margins.margin(Money.of(price, "CNY"), Money.of(cost, costCurrency))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            颜色=月光灰;尺码=M | 月光灰 / M
            套装=新生儿见面礼盒  | 新生儿见面礼盒
                               |
            """)
    void variantShowsTheAttributeValues(String attributes, String shown) {
        SkuRow row = new SkuRow(1, "S", "P", "T", "C", attributes == null ? "" : attributes, null,
                Money.of("1", "CNY"), null, LifecycleStage.MATURE, true, SkuKind.GOODS, "", 0);
        assertThat(row.variant()).isEqualTo(shown == null ? "" : shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            纸尿裤, 爆款；囤货      | 纸尿裤,爆款,囤货
            湿巾、湿巾 ;, 爆款，    | 湿巾,爆款
            ' 新品 '               | 新品
            '，；、'               | ''
            """)
    void tagsAreSplitOnEnglishAndChineseSeparatorsTrimmedAndKeptOnce(String text, String tags) {
        assertThat(CatalogImport.tags(text)).isEqualTo(tags);
    }
}
