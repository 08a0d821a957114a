package io.storedesk.orders;

import java.util.Locale;
import java.util.Optional;

/**
 * The 31 provincial-level divisions of mainland China. The store keeps the full Chinese name
 * ("广东省"); people and marketplaces also write the short form ("广东") or the English name.
 */
public enum Province {
    BEIJING("北京市", "北京", "Beijing", Region.NORTH, false),
    TIANJIN("天津市", "天津", "Tianjin", Region.NORTH, false),
    HEBEI("河北省", "河北", "Hebei", Region.NORTH, false),
    SHANXI("山西省", "山西", "Shanxi", Region.NORTH, false),
    INNER_MONGOLIA("内蒙古自治区", "内蒙古", "Inner Mongolia", Region.NORTH, true),
    LIAONING("辽宁省", "辽宁", "Liaoning", Region.NORTHEAST, false),
    JILIN("吉林省", "吉林", "Jilin", Region.NORTHEAST, false),
    HEILONGJIANG("黑龙江省", "黑龙江", "Heilongjiang", Region.NORTHEAST, false),
    SHANGHAI("上海市", "上海", "Shanghai", Region.EAST, false),
    JIANGSU("江苏省", "江苏", "Jiangsu", Region.EAST, false),
    ZHEJIANG("浙江省", "浙江", "Zhejiang", Region.EAST, false),
    ANHUI("安徽省", "安徽", "Anhui", Region.EAST, false),
    FUJIAN("福建省", "福建", "Fujian", Region.EAST, false),
    JIANGXI("江西省", "江西", "Jiangxi", Region.EAST, false),
    SHANDONG("山东省", "山东", "Shandong", Region.EAST, false),
    HENAN("河南省", "河南", "Henan", Region.CENTRAL, false),
    HUBEI("湖北省", "湖北", "Hubei", Region.CENTRAL, false),
    HUNAN("湖南省", "湖南", "Hunan", Region.CENTRAL, false),
    GUANGDONG("广东省", "广东", "Guangdong", Region.SOUTH, false),
    GUANGXI("广西壮族自治区", "广西", "Guangxi", Region.SOUTH, false),
    HAINAN("海南省", "海南", "Hainan", Region.SOUTH, false),
    CHONGQING("重庆市", "重庆", "Chongqing", Region.SOUTHWEST, false),
    SICHUAN("四川省", "四川", "Sichuan", Region.SOUTHWEST, false),
    GUIZHOU("贵州省", "贵州", "Guizhou", Region.SOUTHWEST, false),
    YUNNAN("云南省", "云南", "Yunnan", Region.SOUTHWEST, false),
    TIBET("西藏自治区", "西藏", "Tibet", Region.SOUTHWEST, true),
    SHAANXI("陕西省", "陕西", "Shaanxi", Region.NORTHWEST, false),
    GANSU("甘肃省", "甘肃", "Gansu", Region.NORTHWEST, false),
    QINGHAI("青海省", "青海", "Qinghai", Region.NORTHWEST, true),
    NINGXIA("宁夏回族自治区", "宁夏", "Ningxia", Region.NORTHWEST, false),
    XINJIANG("新疆维吾尔自治区", "新疆", "Xinjiang", Region.NORTHWEST, true);

    private final String fullName;
    private final String shortName;
    private final String englishName;
    private final Region region;
    private final boolean remote;

    Province(String fullName, String shortName, String englishName, Region region, boolean remote) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.englishName = englishName;
        this.region = region;
        this.remote = remote;
    }

    /** The name the store keeps, e.g. 广东省. */
    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public String englishName() {
        return englishName;
    }

    public Region region() {
        return region;
    }

    /** Remote areas that many express carriers surcharge or do not serve. */
    public boolean remote() {
        return remote;
    }

    /** Recognises 广东, 广东省, Guangdong or GUANGDONG (surrounding blanks ignored). */
    public static Optional<Province> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Province p : values()) {
            if (t.equals(p.fullName) || t.equals(p.shortName) || t.equalsIgnoreCase(p.englishName)
                    || t.equalsIgnoreCase(p.name()) || t.toLowerCase(Locale.ROOT).equals(
                            p.englishName.toLowerCase(Locale.ROOT) + " province")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
