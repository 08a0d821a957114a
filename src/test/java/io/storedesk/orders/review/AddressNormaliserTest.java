package io.storedesk.orders.review;

import static io.storedesk.orders.review.AddressProblem.BAD_PHONE;
import static io.storedesk.orders.review.AddressProblem.MISSING_CITY;
import static io.storedesk.orders.review.AddressProblem.MISSING_PHONE;
import static io.storedesk.orders.review.AddressProblem.MISSING_PROVINCE;
import static io.storedesk.orders.review.AddressProblem.MISSING_RECEIVER;
import static io.storedesk.orders.review.AddressProblem.MISSING_STREET;
import static io.storedesk.orders.review.AddressProblem.UNRECOGNISED_PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.orders.Address;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressNormaliserTest {

    private final AddressNormaliser normaliser = new AddressNormaliser();

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            广东省 | 惠州市 | - | 新华路121号碧桂园29栋4单元1605室 | 广东省 | 惠州市 | - | 新华路121号碧桂园29栋4单元1605室
            广东 | 广州 | 天河区 | 天河路385号太古汇 | 广东省 | 广州市 | 天河区 | 天河路385号太古汇
            Guangdong | 深圳 | 南山区 | 科苑路15号 | 广东省 | 深圳市 | 南山区 | 科苑路15号
            Guangdong Province | 惠州 | 惠城区 | 长江路29号 | 广东省 | 惠州市 | 惠城区 | 长江路29号
            GUANGDONG | 佛山市 | 顺德区 | 青年路208号 | 广东省 | 佛山市 | 顺德区 | 青年路208号
            内蒙古 | 呼和浩特 | 赛罕区 | 大学东街235号 | 内蒙古自治区 | 呼和浩特市 | 赛罕区 | 大学东街235号
            内蒙古自治区 | 锡林郭勒盟 | 锡林浩特市 | 额尔敦路12号 | 内蒙古自治区 | 锡林郭勒盟 | 锡林浩特市 | 额尔敦路12号
            新疆维吾尔自治区 | 喀什地区 | 喀什市 | 人民东路88号 | 新疆维吾尔自治区 | 喀什地区 | 喀什市 | 人民东路88号
            新疆 | 乌鲁木齐 | 天山区 | 解放北路1号 | 新疆维吾尔自治区 | 乌鲁木齐市 | 天山区 | 解放北路1号
            云南省 | 大理白族自治州 | 大理市 | 人民路56号 | 云南省 | 大理白族自治州 | 大理市 | 人民路56号
            湖北省 | 恩施州 | 恩施市 | 施州大道3号 | 湖北省 | 恩施州 | 恩施市 | 施州大道3号
            上海 | 上海市 | 浦东新区 | 世纪大道100号 | 上海市 | 上海市 | 浦东新区 | 世纪大道100号
            上海市 | - | 徐汇区 | 漕溪北路398号 | 上海市 | 上海市 | 徐汇区 | 漕溪北路398号
            北京 | 朝阳区 | - | 建国路88号 | 北京市 | 北京市 | 朝阳区 | 建国路88号
            重庆市 | 市辖区 | 沙坪坝区 | 黄河路329号 | 重庆市 | 重庆市 | 沙坪坝区 | 黄河路329号
            天津 | 天津 | 和平区 | 南京路189号 | 天津市 | 天津市 | 和平区 | 南京路189号
            广东省深圳市南山区科技园科苑路15号 | - | - | - | 广东省 | 深圳市 | 南山区 | 科技园科苑路15号
            - | - | - | 广东省深圳市南山区科技园科苑路15号 | 广东省 | 深圳市 | 南山区 | 科技园科苑路15号
            广东省广州市 | - | - | 天河路385号 | 广东省 | 广州市 | - | 天河路385号
            - | - | - | 上海 上海市 浦东新区 世纪大道100号 | 上海市 | 上海市 | 浦东新区 | 世纪大道100号
            广东省 | - | - | 新华路121号 | 广东省 | - | - | 新华路121号
            '广东省　' | '　惠州市 ' | - | '新华路　　121号 碧桂园 ' | 广东省 | 惠州市 | - | 新华路 121号 碧桂园
            浙江省 | 杭州市 | 西湖区 | 浙江省杭州市西湖区文三路90号 | 浙江省 | 杭州市 | 西湖区 | 文三路90号
            吉林 | 吉林 | 船营区 | 北京路1号 | 吉林省 | 吉林市 | 船营区 | 北京路1号
            广西 | 南宁 | 青秀区 | 民族大道100号 | 广西壮族自治区 | 南宁市 | 青秀区 | 民族大道100号
            西藏 | 拉萨 | 城关区 | 北京中路1号 | 西藏自治区 | 拉萨市 | 城关区 | 北京中路1号
            江苏省 | 苏州 | - | 工业园区星湖街328号 | 江苏省 | 苏州市 | - | 工业园区星湖街328号
            辽宁省 | 沈阳市 | - | 和平小区3栋2单元 | 辽宁省 | 沈阳市 | - | 和平小区3栋2单元
            四川省 | 成都市 | - | 高新区天府大道中段1号 | 四川省 | 成都市 | 高新区 | 天府大道中段1号
            山东省 | 青岛市 | 市南区 | 香港中路10号 | 山东省 | 青岛市 | 市南区 | 香港中路10号
            ＧＵＡＮＧＤＯＮＧ | 珠海 | 香洲区 | 情侣路１２号 | 广东省 | 珠海市 | 香洲区 | 情侣路12号
            中国 广东省 | 东莞市 | - | 南城街道鸿福路106号 | 广东省 | 东莞市 | - | 南城街道鸿福路106号
            - | 惠州市 | - | 广东省惠州市新华路121号 | 广东省 | 惠州市 | - | 新华路121号
            - | 惠州市 | - | 山东大厦3楼 | - | 惠州市 | - | 山东大厦3楼
            - | 广州市 | - | 北京路步行街12号 | - | 广州市 | - | 北京路步行街12号
            """)
    void addressesReadTheSameWhicheverWayTheChannelWritesThem(String province, String city, String district,
            String line, String expectedProvince, String expectedCity, String expectedDistrict, String expectedLine) {
        NormalisedAddress a = normaliser.normalise(new Address("郑雪", "134****4156", "CN", province, city, district,
                line));
        assertThat(List.of(nullText(a.province()), nullText(a.city()), nullText(a.district()), nullText(a.line())))
                .containsExactly(nullText(expectedProvince), nullText(expectedCity), nullText(expectedDistrict),
                        nullText(expectedLine));
    }

    @Test
    void shortProvinceNameNormalisesToFullName() {
        assertThat(normalise("广东", "广州", "天河路385号").province()).isEqualTo("广东省");
        assertThat(normalise("新疆", "乌鲁木齐", "解放北路1号").province()).isEqualTo("新疆维吾尔自治区");
    }

    @Test
    void provinceAndCityInOneFieldAreSplit() {
        NormalisedAddress a = normalise("广东省广州市", null, "天河路385号");

        assertThat(a.province()).isEqualTo("广东省");
        assertThat(a.city()).isEqualTo("广州市");
        assertThat(a.line()).isEqualTo("天河路385号");
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void municipalityCityIsTheProvince() {
        assertThat(normalise("上海", "上海", "漕溪北路398号").city()).isEqualTo("上海市");
        assertThat(normalise("重庆", "市辖区", "黄河路329号").city()).isEqualTo("重庆市");
        assertThat(normalise("北京市", null, "建国路88号").city()).isEqualTo("北京市");
    }

    @Test
    void cityWithoutItsUnitGetsIt() {
        assertThat(normalise("广东省", "惠州", "新华路121号").city()).isEqualTo("惠州市");
    }

    @Test
    void maskedMobileCountsAsPresent() {
        assertThat(problems("郑雪", "134****4156", "广东省", "惠州市", "新华路121号")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            13412344156, -
            134****4156, -
            '134 1234 4156', -
            134-1234-4156, -
            +8613412344156, -
            020-12345678, -
            0755-1234567, -
            (020)12345678, -
            13800138000-1234, -
            １３４１２３４４１５６, -
            '', MISSING_PHONE
            '  ', MISSING_PHONE
            1341234415, BAD_PHONE
            134123441567, BAD_PHONE
            23412344156, BAD_PHONE
            12345678, BAD_PHONE
            134****415, BAD_PHONE
            not a phone, BAD_PHONE
            """)
    void mainlandPhonesAreMobilesOrLandlines(String phone, AddressProblem expected) {
        List<AddressProblem> found = problems("郑雪", phone, "广东省", "惠州市", "新华路121号");
        assertThat(found).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            full address        | 郑雪 | 134****4156 | 广东省 | 惠州市 | 新华路121号 | -
            empty city          | 郑雪 | 134****4156 | 广东省 | -     | 新华路121号 | MISSING_CITY
            empty street        | 罗建华 | 170****0043 | 山西省 | 太原市 | - | MISSING_STREET
            no province         | 郑雪 | 134****4156 | -     | 惠州市 | 新华路121号 | MISSING_PROVINCE
            unknown province    | 郑雪 | 134****4156 | 火星   | 惠州市 | 新华路121号 | UNRECOGNISED_PROVINCE
            city in province    | 郑雪 | 134****4156 | 惠州市 | -     | 新华路121号 | UNRECOGNISED_PROVINCE MISSING_CITY
            only names          | 郑雪 | 134****4156 | 广东省 | 惠州市 | 广东省惠州市 | MISSING_STREET
            nobody              | -   | -           | 广东省 | 惠州市 | 新华路121号 | MISSING_RECEIVER MISSING_PHONE
            """)
    void missingAndWrongPartsAreReportedInOrder(String label, String name, String phone, String province,
            String city, String line, String expected) {
        List<AddressProblem> wanted = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(AddressProblem::valueOf).toList();
        assertThat(problems(name, phone, province, city, line)).isEqualTo(wanted);
    }

    @Test
    void unrecognisedProvinceLeavesTheProvinceEmpty() {
        NormalisedAddress a = normalise("火星", "惠州市", "新华路121号");

        assertThat(a.province()).isNull();
        assertThat(a.problems()).containsExactly(UNRECOGNISED_PROVINCE);
    }

    @Test
    void noAddressAtAllHasEveryMissingPart() {
        List<AddressProblem> all = List.of(MISSING_PROVINCE, MISSING_CITY, MISSING_STREET, MISSING_RECEIVER,
                MISSING_PHONE);

        assertThat(normaliser.normalise(null).problems()).isEqualTo(all);
        assertThat(normaliser.normalise(new Address(" ", "\u3000", " ", " ", "", "\t", " ")).problems()).isEqualTo(all);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            广东省 | 深圳市 | 南山区 | 科技园科苑路15号3栋-1201
            广东 | 深圳 | 南山区 | 科技园 科苑路15号 3栋 1201
            Guangdong | 深圳市 | - | 南山区科技园科苑路15号3栋1201
            - | - | - | 广东省深圳市南山区科技园科苑路１５号３栋１２０１
            广东省深圳市南山区 | - | - | 科技园科苑路15号,3栋1201
            广东省 | 深圳市 | 南山区 | 广东省深圳市南山区科技园科苑路15号3栋1201
            """)
    void spellingsOfOnePlaceShareAMergeKey(String province, String city, String district, String line) {
        assertThat(normaliser.normalise(new Address("郑雪", "134****4156", null, province, city, district, line))
                .mergeKey()).isEqualTo("广东省|深圳市|南山区|科技园科苑路15号3栋1201");
    }

    @Test
    void neighboursDoNotShareAMergeKey() {
        assertThat(normalise("广东省", "惠州市", "新华路121号碧桂园29栋4单元1605室").mergeKey())
                .isNotEqualTo(normalise("广东省", "惠州市", "新华路121号碧桂园29栋4单元1606室").mergeKey());
    }

    @Test
    void nonMainlandAddressSkipsProvinceChecks() {
        NormalisedAddress a = normaliser.normalise(new Address("Jane Doe", "+1 415 555 0100", "US", "California",
                "San Francisco", null, "1 Market  St "));

        assertThat(a.problems()).isEmpty();
        assertThat(a.province()).isEqualTo("California");
        assertThat(a.line()).isEqualTo("1 Market St");
        assertThat(a.mergeKey()).startsWith("us|california|sanfrancisco|");
    }

    @Test
    void nonMainlandAddressStillNeedsAStreet() {
        assertThat(normaliser.normalise(new Address("Jane Doe", "+1 415 555 0100", "US", "", "San Francisco", null,
                " ")).problems()).containsExactly(MISSING_STREET);
    }

    @Test
    void phoneWithTooFewDigitsIsBadEvenAbroad() {
        assertThat(normaliser.normalise(new Address("Jane Doe", "n/a", "United States", "CA", "San Francisco", null,
                "1 Market St")).problems()).containsExactly(BAD_PHONE);
    }

    private NormalisedAddress normalise(String province, String city, String line) {
        return normaliser.normalise(new Address("郑雪", "134****4156", "中国", province, city, null, line));
    }

    private List<AddressProblem> problems(String name, String phone, String province, String city, String line) {
        return normaliser.normalise(new Address(name, phone, null, province, city, null, line)).problems();
    }

    private static String nullText(String value) {
        return value == null ? "<none>" : value;
    }
}
