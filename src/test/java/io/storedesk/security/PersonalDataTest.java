package io.storedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            13812345678      | 138****5678
            ' 13812345678 '  | 138****5678
            +8613812341234   | +86****1234
            021-62345678     | 02****5678
            62345678         | ****5678
            12345            | ****45
            1                | ****
            NULL             | NULL
            """)
    void phoneKeepsAShortHeadAndTheLastFourNeverMoreThanHalf(String phone, String masked) {
        assertThat(PersonalData.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            张三丰         | 张**
            张三           | 张*
            欧阳娜娜       | 欧***
            John Smith     | J*** S****
            Ann            | A**
            J              | *
            NULL           | NULL
            """)
    void nameKeepsTheFirstCharacterOfEachWord(String name, String masked) {
        assertThat(PersonalData.name(name)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            john.doe@example.com  | j***@example.com
            张@例子.中国          | 张***@例子.中国
            no-at-sign            | ***
            NULL                  | NULL
            """)
    void emailKeepsTheFirstCharacterAndTheDomain(String email, String masked) {
        assertThat(PersonalData.email(email)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            广东省 | 深圳市 | 广东省 深圳市
            上海市 | 上海市 | 上海市
            NULL   | 杭州市 | 杭州市
            NULL   | NULL   | ''
            """)
    void placeIsProvinceAndCityOnly(String province, String city, String place) {
        assertThat(PersonalData.place(province, city)).isEqualTo(place);
    }
}
