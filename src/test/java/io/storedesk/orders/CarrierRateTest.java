package io.storedesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierRateTest {

    private static final CarrierRate SF_SHANGHAI_TO_GUANGDONG = new CarrierRate(1, "上海市", "广东省", 1000,
            Money.of("18.00", "CNY"), Money.of("8.00", "CNY"), 2);

    @ParameterizedTest(name = "{0} g costs {1}")
    @CsvSource(textBlock = """
               1, 18.00
            1000, 18.00
            1001, 26.00
            2000, 26.00
            2001, 34.00
            9150, 90.00
            """)
    void firstWeightThenEachStartedKilogram(int grams, String price) {
        assertThat(SF_SHANGHAI_TO_GUANGDONG.priceFor(grams)).isEqualTo(Money.of(price, "CNY"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            新疆维吾尔自治区, 喀什地区, true
            新疆维吾尔自治区, 乌鲁木齐市, false
            西藏自治区, 拉萨市, false
            """)
    void cityExclusionOnlyCoversThatCity(String province, String city, boolean excluded) {
        CarrierExclusion kashgar = new CarrierExclusion(1, "新疆维吾尔自治区", "喀什地区", "偏远");
        assertThat(kashgar.excludes(province, city)).isEqualTo(excluded);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            广东, GUANGDONG
            广东省, GUANGDONG
            Guangdong, GUANGDONG
            guangdong province, GUANGDONG
            ' 新疆 ', XINJIANG
            内蒙古自治区, INNER_MONGOLIA
            """)
    void provinceNamesAreRecognisedInEveryCommonForm(String text, Province expected) {
        assertThat(Province.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            广州
            Atlantis
            ''
            """)
    void unknownPlacesAreNotProvinces(String text) {
        assertThat(Province.parse(text)).isEmpty();
    }
}
