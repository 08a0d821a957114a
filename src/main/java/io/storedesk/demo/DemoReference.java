package io.storedesk.demo;

import io.storedesk.orders.Province;
import io.storedesk.orders.Region;
import io.storedesk.sync.ChannelKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo shop's warehouses, channels, promotions, suppliers, carriers and staff. */
final class DemoReference {

    record Warehouse(String code, String name, Province province, String city, String address, int priority,
                     Set<Region> serves) {
    }

    /** share: part of all orders; listedShare: part of the SKUs listed there; affinity: demand by top category. */
    record Channel(String code, String name, ChannelKind kind, double share, String stockRatio, int stockBuffer,
                   List<String> warehouses, double listedShare, Map<String, Double> affinity, double guestShare) {

        double affinity(String topCategory) {
            return affinity.getOrDefault(topCategory, 1.0);
        }
    }

    record Promotion(String code, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    record Supplier(String code, String name, String contact, Province province, String city, int leadTimeDays) {
    }

    /**
     * Prices by zone (same province, same region, neighbouring region, far, remote). noLanes: destinations
     * without a rate (coverage gaps); exclusions: cities it will not deliver to.
     */
    record Carrier(String code, String name, String service, int maxWeightGrams, LocalTime cutoff,
                   double[] firstPrice, double[] extraPerKg, int[] transitDays, Set<Province> noLanes,
                   List<Exclusion> exclusions, String trackingPrefix, int trackingDigits) {

        boolean serves(Province destination, String city) {
            return !noLanes.contains(destination)
                    && exclusions.stream().noneMatch(e -> e.province() == destination && e.city().equals(city));
        }
    }

    record Exclusion(Province province, String city, String reason) {
    }

    record User(String username, String displayName, String role, String team, String warehouse, boolean onDuty,
                String skills) {
    }

    static final List<Warehouse> WAREHOUSES = List.of(
            new Warehouse("WH-SH", "上海嘉定仓", Province.SHANGHAI, "上海市", "嘉定区马陆镇宝安公路2888号", 1,
                    Set.of(Region.EAST)),
            new Warehouse("WH-GZ", "广州白云仓", Province.GUANGDONG, "广州市", "白云区太和镇永兴村物流园B栋", 2,
                    Set.of(Region.SOUTH)),
            new Warehouse("WH-BJ", "北京顺义仓", Province.BEIJING, "北京市", "顺义区空港物流园区裕华路18号", 3,
                    Set.of(Region.NORTH, Region.NORTHEAST)),
            new Warehouse("WH-CD", "成都双流仓", Province.SICHUAN, "成都市", "双流区西航港物流大道99号", 4,
                    Set.of(Region.SOUTHWEST)),
            new Warehouse("WH-WH", "武汉东西湖仓", Province.HUBEI, "武汉市", "东西湖区走马岭汇通大道6号", 5,
                    Set.of(Region.CENTRAL)),
            new Warehouse("WH-XA", "西安临潼仓", Province.SHAANXI, "西安市", "临潼区新丰街道物流园3号库", 6,
                    Set.of(Region.NORTHWEST)));

    static final List<Channel> CHANNELS = List.of(
            new Channel("TMALL", "贝贝乐天猫旗舰店", ChannelKind.TMALL, 0.45, "0.9000", 2, List.of(), 0.95,
                    Map.of("NF", 1.1, "ZNK", 1.1), 0),
            new Channel("JD", "贝贝乐京东自营旗舰店", ChannelKind.JD, 0.25, "1.0000", 0, List.of(), 0.95,
                    Map.of("NF", 1.5, "ZNK", 1.4, "CX", 1.4, "TZ", 0.6), 0),
            new Channel("DOUYIN", "贝贝乐抖音官方店", ChannelKind.DOUYIN, 0.22, "0.8000", 5, List.of(), 0.7,
                    Map.of("TZ", 1.8, "WJ", 1.7, "YC", 1.4, "NF", 0.6), 0),
            new Channel("SHOPIFY", "贝贝乐品牌官网", ChannelKind.SHOPIFY, 0.08, "1.0000", 0, List.of("WH-SH", "WH-GZ"),
                    0.4, Map.of("CX", 1.6, "LH", 2.5), 0.3));

    static final List<Promotion> PROMOTIONS = List.of(
            new Promotion("P618", "618年中大促", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 18)),
            new Promotion("P88", "88会员节", LocalDate.of(2026, 8, 8), LocalDate.of(2026, 8, 8)),
            new Promotion("P99", "99划算节", LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 9)),
            new Promotion("P1111", "双11全球狂欢节", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 11)));

    static final List<Supplier> SUPPLIERS = List.of(
            new Supplier("SUP-NF", "黑龙江贝贝乐乳业有限公司", "孙立", Province.HEILONGJIANG, "哈尔滨市", 12),
            new Supplier("SUP-ZNK", "泉州舒宝卫生用品有限公司", "林志明", Province.FUJIAN, "泉州市", 7),
            new Supplier("SUP-FS", "苏州禾源食品有限公司", "钱慧", Province.JIANGSU, "苏州市", 10),
            new Supplier("SUP-WY", "宁波优贝日用品有限公司", "周斌", Province.ZHEJIANG, "宁波市", 8),
            new Supplier("SUP-XH", "广州洁婴日化有限公司", "陈晓", Province.GUANGDONG, "广州市", 6),
            new Supplier("SUP-TZ", "湖州织里童衣服饰有限公司", "沈佳", Province.ZHEJIANG, "湖州市", 15),
            new Supplier("SUP-WJ", "汕头澄海乐童玩具厂", "蔡伟", Province.GUANGDONG, "汕头市", 14),
            new Supplier("SUP-YC", "深圳孕美服饰有限公司", "黄莉", Province.GUANGDONG, "深圳市", 12),
            new Supplier("SUP-CX", "中山乐行童车有限公司", "梁涛", Province.GUANGDONG, "中山市", 20));

    private static final Set<Province> REMOTE = Set.of(Province.TIBET, Province.XINJIANG, Province.QINGHAI,
            Province.INNER_MONGOLIA);

    static final List<Carrier> CARRIERS = List.of(
            new Carrier("SF", "顺丰速运", "EXPRESS", 50_000, LocalTime.of(18, 0), new double[] {12, 14, 18, 22, 26},
                    new double[] {2, 4, 8, 12, 18}, new int[] {1, 1, 2, 2, 4}, Set.of(),
                    List.of(new Exclusion(Province.TIBET, "阿里地区", "暂不收派")), "SF", 13),
            new Carrier("JDL", "京东物流", "EXPRESS", 50_000, LocalTime.of(20, 0), new double[] {10, 12, 15, 18, 22},
                    new double[] {2, 3, 6, 9, 14}, new int[] {1, 2, 2, 3, 4}, Set.of(Province.TIBET), List.of(),
                    "JDX", 12),
            new Carrier("EMS", "中国邮政EMS", "STANDARD", 40_000, LocalTime.of(16, 0), new double[] {9, 11, 14, 18, 20},
                    new double[] {2, 3, 5, 8, 10}, new int[] {2, 3, 4, 5, 6}, Set.of(), List.of(), "11", 11),
            new Carrier("ZTO", "中通快递", "STANDARD", 30_000, LocalTime.of(17, 0), new double[] {4.5, 5, 6, 7.5, 14},
                    new double[] {1, 1.5, 3, 5, 10}, new int[] {1, 2, 3, 3, 6}, Set.of(Province.TIBET),
                    List.of(new Exclusion(Province.QINGHAI, "玉树藏族自治州", "偏远地区暂停揽派")), "78", 12),
            new Carrier("YTO", "圆通速递", "STANDARD", 30_000, LocalTime.of(17, 30), new double[] {4.5, 5, 6, 7, 13},
                    new double[] {1, 1.5, 3, 5, 10}, new int[] {1, 2, 3, 4, 6}, Set.of(Province.TIBET),
                    List.of(new Exclusion(Province.XINJIANG, "喀什地区", "偏远地区暂停揽派"),
                            new Exclusion(Province.XINJIANG, "和田地区", "偏远地区暂停揽派")), "YT", 13),
            new Carrier("YUNDA", "韵达快递", "STANDARD", 30_000, LocalTime.of(17, 0), new double[] {4, 4.5, 5.5, 7, 13},
                    new double[] {1, 1.5, 3, 5, 10}, new int[] {1, 2, 3, 4, 6}, Set.of(Province.TIBET, Province.QINGHAI),
                    List.of(), "46", 13),
            new Carrier("JT", "极兔速递", "ECONOMY", 20_000, LocalTime.of(16, 30), new double[] {3.5, 4, 5, 6.5, 0},
                    new double[] {1, 1.5, 2.5, 4.5, 0}, new int[] {2, 2, 3, 4, 0}, REMOTE, List.of(), "JT", 13));

    static final List<String[]> TEAMS = List.of(
            new String[] {"CS1", "售后一组", "chenjing"},
            new String[] {"CS2", "售后二组", "liuyang"});

    static final String ALL_TYPES = "RETURN,EXCHANGE,REFUND_ONLY,COMPLAINT,INQUIRY";

    static final List<User> USERS = List.of(
            new User("zhangwei", "张伟", "MANAGER", "", "", true, ""),
            new User("yangfan", "杨帆", "OPERATOR", "", "", true, ""),
            new User("chenjing", "陈静", "AGENT", "CS1", "", true, ALL_TYPES),
            new User("wangfang", "王芳", "AGENT", "CS1", "", true, "RETURN,EXCHANGE,REFUND_ONLY"),
            new User("lina", "李娜", "AGENT", "CS1", "", true, "INQUIRY,COMPLAINT"),
            new User("zhaoli", "赵丽", "AGENT", "CS1", "", true, "RETURN,REFUND_ONLY,INQUIRY"),
            new User("liuyang", "刘洋", "AGENT", "CS2", "", true, ALL_TYPES),
            new User("sunyue", "孙悦", "AGENT", "CS2", "", true, "RETURN,EXCHANGE"),
            new User("zhouting", "周婷", "AGENT", "CS2", "", true, "COMPLAINT,INQUIRY,REFUND_ONLY"),
            new User("huxin", "胡欣", "AGENT", "CS2", "", false, "RETURN,EXCHANGE,INQUIRY"),
            new User("xuqiang", "徐强", "WAREHOUSE", "", "WH-SH", true, ""),
            new User("huangjun", "黄军", "WAREHOUSE", "", "WH-GZ", true, ""),
            new User("mali", "马力", "WAREHOUSE", "", "WH-BJ", true, ""),
            new User("guoming", "郭明", "WAREHOUSE", "", "WH-CD", true, ""),
            new User("hewei", "何伟", "WAREHOUSE", "", "WH-WH", true, ""),
            new User("luojie", "罗杰", "WAREHOUSE", "", "WH-XA", true, ""));

    private DemoReference() {
    }

    static Warehouse warehouse(String code) {
        return WAREHOUSES.stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
    }

    static Carrier carrier(String code) {
        return CARRIERS.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /** 0 same province, 1 same region, 2 neighbouring region, 3 far, 4 remote destination. */
    static int zone(Province origin, Province destination) {
        if (origin == destination) {
            return 0;
        }
        if (destination.remote()) {
            return 4;
        }
        if (origin.region() == destination.region()) {
            return 1;
        }
        return neighbours(origin.region(), destination.region()) ? 2 : 3;
    }

    private static boolean neighbours(Region a, Region b) {
        return NEIGHBOURS.stream().anyMatch(pair -> pair.contains(a) && pair.contains(b));
    }

    private static final List<Set<Region>> NEIGHBOURS = List.of(
            Set.of(Region.EAST, Region.SOUTH), Set.of(Region.EAST, Region.CENTRAL), Set.of(Region.EAST, Region.NORTH),
            Set.of(Region.CENTRAL, Region.SOUTH), Set.of(Region.CENTRAL, Region.NORTH),
            Set.of(Region.CENTRAL, Region.SOUTHWEST), Set.of(Region.CENTRAL, Region.NORTHWEST),
            Set.of(Region.NORTH, Region.NORTHEAST), Set.of(Region.NORTH, Region.NORTHWEST),
            Set.of(Region.SOUTH, Region.SOUTHWEST), Set.of(Region.SOUTHWEST, Region.NORTHWEST));

    static BigDecimal bd(double value) {
        return DemoFormat.money(value);
    }
}
