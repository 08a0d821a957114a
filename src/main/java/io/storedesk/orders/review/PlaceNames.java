package io.storedesk.orders.review;

import io.storedesk.orders.Province;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** How Chinese place names begin and end, for reading a province, city or district off the front of a text. */
final class PlaceNames {

    /** A name found at the front of a text and what follows it. */
    record Found<T>(T value, String rest) {
    }

    static final Set<Province> MUNICIPALITIES = Set.of(Province.BEIJING, Province.SHANGHAI, Province.TIANJIN,
            Province.CHONGQING);

    private static final String SEPARATORS = " ,;/|-、，";
    // A street (北京路, 四川北路, 民族大道) starts here; a province's short name in front of it is a street name.
    private static final Pattern STREET = Pattern.compile("^[东西南北中]?(?:大道|大街|路|街|道|巷|弄)");
    // What people write after a short name: 广西自治区, 新疆维吾尔自治区, 广东省.
    private static final Pattern PROVINCE_TAIL = Pattern.compile("^(?:(?:壮族|回族|维吾尔)?自治区|省)");
    // Street words that end a name scan; only after the first character, as 道里区 and 路桥区 are districts.
    private static final String STREET_MARKS = "路街道巷弄号";
    private static final List<String> NOT_CITIES = List.of("城市", "超市", "菜市", "集市", "门市", "夜市");
    private static final List<String> NOT_DISTRICTS = List.of("小区", "社区", "园区", "校区", "厂区", "景区", "营区",
            "街区", "片区");
    private static final int LONGEST_CITY = 12;
    private static final int LONGEST_DISTRICT = 8;

    private PlaceNames() {
    }

    /**
     * The province a text is or starts with: 广东, 广东省, Guangdong Province, 广东省深圳市南山区…, 中国 广东省. Without
     * shortNames only a full name counts at the front (山东大厦 in a street line is a building, not 山东省).
     */
    static Optional<Found<Province>> province(String text, boolean shortNames) {
        String t = skipSeparators(text);
        if (t.startsWith("中国")) {
            t = skipSeparators(t.substring(2));
        }
        Optional<Province> whole = Province.parse(t);
        if (whole.isPresent()) {
            return Optional.of(new Found<>(whole.get(), ""));
        }
        for (Province p : Province.values()) {
            if (t.startsWith(p.fullName())) {
                return Optional.of(new Found<>(p, skipSeparators(t.substring(p.fullName().length()))));
            }
        }
        if (!shortNames) {
            return Optional.empty();
        }
        for (Province p : Province.values()) {
            String rest = t.startsWith(p.shortName()) ? t.substring(p.shortName().length()) : null;
            // 海南藏族自治州 lies in 青海, and 北京路 is a street in 广州: neither names a province.
            if (rest == null || rest.startsWith("藏族") || STREET.matcher(rest).find()) {
                continue;
            }
            // 吉林市 is a city of 吉林省: the province is right, and the whole name is left for the city.
            return Optional.of(new Found<>(p, rest.startsWith("市") ? t
                    : skipSeparators(PROVINCE_TAIL.matcher(rest).replaceFirst(""))));
        }
        return Optional.empty();
    }

    /** A prefecture-level name at the front: …市, …地区, …自治州, …盟, or a prefecture's short form such as 恩施州. */
    static Optional<Found<String>> city(String text) {
        return scan(text, LONGEST_CITY, name -> name.length() >= 2
                && (name.endsWith("市") || name.endsWith("地区") || name.endsWith("盟") || name.endsWith("自治州")
                        || name.endsWith("州") && name.length() >= 3)
                && NOT_CITIES.stream().noneMatch(name::contains));
    }

    /**
     * A district or county at the front (…区, …县, …旗), not a housing estate (和平小区). County-level cities (…市)
     * are only taken from the district field: 新城市花园 at the start of a street looks the same.
     */
    static Optional<Found<String>> district(String text) {
        return scan(text, LONGEST_DISTRICT, name -> name.length() >= 2
                && (name.endsWith("区") || name.endsWith("县") || name.endsWith("旗"))
                && NOT_DISTRICTS.stream().noneMatch(name::contains));
    }

    /**
     * A city as stored: 广州 → 广州市. Names that already end in a unit (市, 地区, 自治州, 盟, 县, 区, 旗, 省直辖县级行政区划)
     * and a prefecture's short form (恩施州; two-character 广州 is the city) are kept as written, as are Latin ones.
     */
    static String fullCity(String city) {
        if (city.length() < 2 || !Text.allHan(city) || city.endsWith("州") && city.length() >= 3
                || city.matches(".*(?:市|地区|自治州|盟|县|区|旗|区划)$")) {
            return city;
        }
        return city + "市";
    }

    /**
     * The text without the given names where they repeat at its front (浙江省杭州市西湖区文三路 → 文三路), unless a
     * street follows (上海路). Pass a short name with its trailing space ("上海 ") so 上海南站 keeps its name.
     */
    static String peel(String text, String... names) {
        String t = skipSeparators(text);
        boolean peeled = true;
        while (peeled) {
            peeled = false;
            for (String name : names) {
                if (name != null && !name.isEmpty() && t.startsWith(name)
                        && !STREET.matcher(t.substring(name.length())).find()) {
                    t = skipSeparators(t.substring(name.length()));
                    peeled = true;
                }
            }
        }
        return t;
    }

    private static Optional<Found<String>> scan(String text, int longest, Predicate<String> accepts) {
        String t = skipSeparators(text);
        int end = 0;
        for (int count = 0; end < t.length() && count < longest; count++) {
            int cp = t.codePointAt(end);
            if (!Text.isHan(cp) || count > 0 && STREET_MARKS.indexOf(cp) >= 0) {
                break;
            }
            end += Character.charCount(cp);
            // …市场 is a market, not a city.
            if (accepts.test(t.substring(0, end)) && !t.startsWith("场", end)) {
                return Optional.of(new Found<>(t.substring(0, end), skipSeparators(t.substring(end))));
            }
        }
        return Optional.empty();
    }

    private static String skipSeparators(String text) {
        int i = 0;
        while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i);
    }
}
