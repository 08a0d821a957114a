package io.storedesk.sync.inbound;

import io.storedesk.orders.Province;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The full Chinese province name routing needs, from what channels send for mainland addresses: a name in any
 * form Province knows, or the ISO 3166-2:CN code Shopify and WooCommerce use (GD, CN-GD). Other countries keep
 * what the channel says.
 */
final class MainlandProvinces {

    private static final Set<String> MAINLAND = Set.of("", "cn", "chn", "china", "中国", "中国大陆", "中华人民共和国");
    private static final Map<String, Province> CODES = Map.ofEntries(
            Map.entry("BJ", Province.BEIJING), Map.entry("TJ", Province.TIANJIN), Map.entry("HE", Province.HEBEI),
            Map.entry("SX", Province.SHANXI), Map.entry("NM", Province.INNER_MONGOLIA),
            Map.entry("LN", Province.LIAONING), Map.entry("JL", Province.JILIN), Map.entry("HL", Province.HEILONGJIANG),
            Map.entry("SH", Province.SHANGHAI), Map.entry("JS", Province.JIANGSU), Map.entry("ZJ", Province.ZHEJIANG),
            Map.entry("AH", Province.ANHUI), Map.entry("FJ", Province.FUJIAN), Map.entry("JX", Province.JIANGXI),
            Map.entry("SD", Province.SHANDONG), Map.entry("HA", Province.HENAN), Map.entry("HB", Province.HUBEI),
            Map.entry("HN", Province.HUNAN), Map.entry("GD", Province.GUANGDONG), Map.entry("GX", Province.GUANGXI),
            Map.entry("HI", Province.HAINAN), Map.entry("CQ", Province.CHONGQING), Map.entry("SC", Province.SICHUAN),
            Map.entry("GZ", Province.GUIZHOU), Map.entry("YN", Province.YUNNAN), Map.entry("XZ", Province.TIBET),
            Map.entry("SN", Province.SHAANXI), Map.entry("GS", Province.GANSU), Map.entry("QH", Province.QINGHAI),
            Map.entry("NX", Province.NINGXIA), Map.entry("XJ", Province.XINJIANG));

    private MainlandProvinces() {
    }

    /** The province as the store keeps it: the full Chinese name for a mainland address, else as given. */
    static String normalise(String country, String province) {
        if (province == null || province.isBlank()) {
            return null;
        }
        String c = country == null ? "" : country.strip().toLowerCase(Locale.ROOT);
        if (!MAINLAND.contains(c)) {
            return province.strip();
        }
        return parse(province).map(Province::fullName).orElse(province.strip());
    }

    static Optional<Province> parse(String text) {
        Optional<Province> named = Province.parse(text);
        if (named.isPresent()) {
            return named;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        code = code.startsWith("CN-") ? code.substring(3) : code;
        return Optional.ofNullable(CODES.get(code));
    }
}
