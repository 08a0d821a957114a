package io.storedesk.demo;

import java.util.List;

/**
 * The demo shop's assortment: a mother-and-baby merchant's two-level categories and the product lines
 * in each. A product line becomes several products (brand + series) whose SKUs are the cross product
 * of its variant axes.
 */
final class CatalogPlan {

    record TopCategory(String code, String name, String supplier) {
    }

    record Variant(String label, double priceFactor, double weightFactor, double demandFactor) {
    }

    record Axis(String name, List<Variant> variants) {
    }

    /**
     * Products of one sub-category. demand = relative units per day of one SKU at full popularity;
     * shelfLifeDays null = does not expire; packSize = how the supplier ships it.
     */
    record ProductLine(String top, String code, String name, String stem, int products, List<Axis> axes,
                       double basePrice, double costRatio, int weightGrams, Integer shelfLifeDays, double demand,
                       int packSize, String tags, boolean apparel) {
    }

    static final List<TopCategory> TOPS = List.of(
            new TopCategory("NF", "奶粉", "SUP-NF"),
            new TopCategory("ZNK", "纸尿裤湿巾", "SUP-ZNK"),
            new TopCategory("FS", "辅食零食", "SUP-FS"),
            new TopCategory("WY", "喂养用品", "SUP-WY"),
            new TopCategory("XH", "洗护用品", "SUP-XH"),
            new TopCategory("TZ", "童装", "SUP-TZ"),
            new TopCategory("WJ", "玩具早教", "SUP-WJ"),
            new TopCategory("YC", "孕产用品", "SUP-YC"),
            new TopCategory("CX", "出行用品", "SUP-CX"),
            new TopCategory("LH", "礼盒套装", "SUP-WY"),
            new TopCategory("QT", "费用与服务", "SUP-WY"));

    static final List<String> BRANDS = List.of("贝贝乐", "萌小象", "森林童话", "暖阳宝贝", "禾源", "优滋", "爱舒宝",
            "小熊优选");

    static final List<String> SERIES = List.of("云柔", "金装", "臻护", "有机", "轻享", "婴享", "萌趣", "自然",
            "初心", "安心", "悦享", "精选", "星辰", "暖暖", "乐活", "纯净");

    private static Variant v(String label, double price, double weight, double demand) {
        return new Variant(label, price, weight, demand);
    }

    private static Variant v(String label) {
        return new Variant(label, 1, 1, 1);
    }

    private static Axis axis(String name, Variant... variants) {
        return new Axis(name, List.of(variants));
    }

    private static final Axis DIAPER_SIZES = axis("尺码", v("NB", 0.9, 0.8, 0.5), v("S", 0.95, 0.9, 0.9),
            v("M", 1, 1, 1.4), v("L", 1, 1.1, 1.5), v("XL", 1.05, 1.2, 1.1), v("XXL", 1.05, 1.3, 0.6));
    private static final Axis PANTS_SIZES = axis("尺码", v("L", 1, 1, 1.2), v("XL", 1, 1.1, 1.4),
            v("XXL", 1.05, 1.2, 1), v("XXXL", 1.05, 1.3, 0.5));
    private static final Axis DIAPER_PACKS = axis("包装", v("单包", 1, 1, 1), v("箱装4包", 3.6, 4, 0.6));
    private static final Axis STAGES = axis("段位", v("1段", 1.05, 1, 0.8), v("2段", 1, 1, 1),
            v("3段", 0.95, 1, 1.1));
    private static final Axis TINS = axis("规格", v("400g", 0.55, 0.5, 0.6), v("800g", 1, 1, 1));
    private static final Axis BABY_SIZES = axis("尺码", v("52cm"), v("59cm"), v("66cm"), v("73cm"), v("80cm"),
            v("90cm"));
    private static final Axis KID_SIZES = axis("尺码", v("80cm"), v("90cm"), v("100cm"), v("110cm"), v("120cm"));
    private static final Axis COLORS = axis("颜色", v("奶白", 1, 1, 1.1), v("浅粉", 1, 1, 1), v("雾蓝", 1, 1, 0.9));
    private static final Axis TWO_COLORS = axis("颜色", v("燕麦色"), v("灰蓝色"));
    private static final Axis ADULT_SIZES = axis("尺码", v("M"), v("L", 1, 1, 1.2), v("XL"));
    private static final Axis FLAVORS = axis("口味", v("原味"), v("胡萝卜"), v("南瓜"), v("紫薯"));
    private static final Axis FRUITS = axis("口味", v("苹果"), v("香蕉"), v("西梅", 1.1, 1, 1.2), v("芒果"),
            v("混合果蔬"));
    private static final Axis BOXES = axis("包装", v("1盒", 1, 1, 1), v("3盒装", 2.7, 3, 0.4));
    private static final Axis POUCHES = axis("包装", v("4袋", 1, 1, 1), v("8袋", 1.85, 2, 0.5));
    private static final Axis BOTTLE_SIZES = axis("容量", v("160ml", 0.9, 0.8, 0.8), v("240ml", 1, 1, 1.1),
            v("300ml", 1.1, 1.2, 0.7));
    private static final Axis MATERIALS = axis("材质", v("PPSU", 1, 1, 1.2), v("玻璃", 0.7, 1.4, 0.8));
    private static final Axis TEATS = axis("孔型", v("S圆孔"), v("M圆孔"), v("L十字孔"), v("Y孔"));
    private static final Axis VOLUMES = axis("规格", v("200ml", 1, 1, 1.1), v("400ml", 1.7, 2, 0.7));
    private static final Axis DETERGENT = axis("规格", v("500ml", 1, 1, 1), v("1L", 1.8, 2, 0.8),
            v("2L补充装", 3.1, 4, 0.5));
    private static final Axis SLEEPING_BAG = axis("尺码", v("S(0-6月)"), v("M(6-18月)"), v("L(18-36月)"));
    private static final Axis THICKNESS = axis("厚度", v("薄款", 0.85, 0.8, 0.8), v("加厚款", 1.2, 1.3, 1.2));
    private static final Axis SOCK_SIZES = axis("尺码", v("0-1岁"), v("1-3岁"), v("3-5岁"));
    private static final Axis SOCK_PACKS = axis("包装", v("3双装", 1, 1, 1), v("5双装", 1.55, 1.6, 0.8),
            v("10双装", 2.8, 3, 0.4));
    private static final Axis PIECES = axis("规格", v("36片", 1, 1, 1), v("100片", 2.4, 2.6, 0.6));
    private static final Axis BLOCKS = axis("规格", v("小颗粒80块", 1, 1, 1), v("大颗粒120块", 1.4, 1.5, 0.8));
    private static final Axis PUMPS = axis("款式", v("手动", 0.4, 0.5, 1.3), v("电动", 1, 1, 0.8));
    private static final Axis WIPES = axis("包装", v("80抽单包", 1, 1, 1), v("80抽6包", 5.2, 6, 0.7),
            v("80抽12包", 9.6, 12, 0.4));
    private static final Axis SINGLE = axis("规格", v("标准款"));

    static final List<ProductLine> LINES = List.of(
            new ProductLine("NF", "NF01", "婴儿配方奶粉", "婴儿配方奶粉", 6, List.of(STAGES, TINS),
                    298, 0.58, 1100, 720, 2.2, 6, "奶粉,囤货,爆款", false),
            new ProductLine("NF", "NF02", "孕产妇奶粉", "孕妇配方奶粉", 2, List.of(TINS),
                    238, 0.55, 1000, 720, 0.8, 6, "奶粉,孕期", false),
            new ProductLine("NF", "NF03", "羊奶粉", "婴幼儿羊奶粉", 3, List.of(STAGES, TINS),
                    358, 0.6, 1100, 720, 0.9, 6, "奶粉,羊奶", false),
            new ProductLine("ZNK", "ZNK01", "纸尿裤", "超薄纸尿裤", 6, List.of(DIAPER_SIZES, DIAPER_PACKS),
                    119, 0.52, 1500, null, 2.6, 4, "纸尿裤,囤货,爆款", false),
            new ProductLine("ZNK", "ZNK02", "拉拉裤", "成长拉拉裤", 5, List.of(PANTS_SIZES, DIAPER_PACKS),
                    109, 0.52, 1400, null, 1.8, 4, "拉拉裤,囤货", false),
            new ProductLine("ZNK", "ZNK03", "湿巾", "婴儿手口湿巾", 5, List.of(WIPES),
                    12.9, 0.45, 450, 1095, 2.0, 12, "湿巾,日用", false),
            new ProductLine("FS", "FS01", "米粉", "高铁米粉", 4, List.of(FLAVORS, BOXES),
                    69, 0.5, 300, 540, 1.0, 12, "辅食,6月+", false),
            new ProductLine("FS", "FS02", "果泥", "果泥", 4, List.of(FRUITS, POUCHES),
                    39, 0.48, 420, 365, 1.0, 24, "辅食,果泥", false),
            new ProductLine("FS", "FS03", "宝宝零食", "溶豆饼干", 6, List.of(FLAVORS),
                    29.9, 0.45, 150, 270, 1.1, 24, "零食,磨牙", false),
            new ProductLine("WY", "WY01", "奶瓶", "宽口径奶瓶", 5, List.of(BOTTLE_SIZES, MATERIALS),
                    89, 0.42, 250, null, 0.8, 10, "奶瓶,新生儿", false),
            new ProductLine("WY", "WY02", "奶嘴", "仿母乳奶嘴2只装", 4, List.of(TEATS),
                    49, 0.4, 60, null, 0.8, 20, "奶嘴", false),
            new ProductLine("WY", "WY03", "吸奶器", "吸奶器", 3, List.of(PUMPS),
                    399, 0.5, 900, null, 0.4, 4, "吸奶器,哺乳", false),
            new ProductLine("WY", "WY04", "辅食餐具", "吸盘碗勺套装", 5, List.of(COLORS),
                    59, 0.4, 350, null, 0.6, 10, "餐具", false),
            new ProductLine("WY", "WY05", "学饮杯", "重力球学饮杯", 4, List.of(COLORS),
                    79, 0.42, 260, null, 0.6, 10, "水杯", false),
            new ProductLine("XH", "XH01", "沐浴洗发", "婴儿洗发沐浴二合一", 5, List.of(VOLUMES),
                    59, 0.4, 450, 1095, 0.9, 12, "洗护,沐浴", false),
            new ProductLine("XH", "XH02", "护臀膏", "婴儿护臀膏", 4, List.of(axis("规格", v("30g", 1, 1, 1),
                    v("60g", 1.7, 1.8, 0.7))), 45, 0.38, 80, 1095, 0.9, 24, "洗护,护臀", false),
            new ProductLine("XH", "XH03", "润肤乳", "婴儿润肤乳", 4, List.of(VOLUMES),
                    69, 0.4, 420, 1095, 0.7, 12, "洗护,润肤,秋冬", false),
            new ProductLine("XH", "XH04", "婴儿洗衣液", "婴儿洗衣液", 3, List.of(DETERGENT),
                    39.9, 0.42, 600, 1095, 0.8, 12, "洗衣,日用", false),
            new ProductLine("TZ", "TZ01", "连体衣", "纯棉连体衣", 8, List.of(BABY_SIZES, COLORS),
                    99, 0.35, 220, null, 0.35, 10, "童装,纯棉,新生儿", true),
            new ProductLine("TZ", "TZ02", "睡袋", "防踢睡袋", 4, List.of(SLEEPING_BAG, THICKNESS),
                    159, 0.38, 600, null, 0.35, 10, "睡袋,秋冬", true),
            new ProductLine("TZ", "TZ03", "袜子", "棉袜", 4, List.of(SOCK_SIZES, SOCK_PACKS),
                    29.9, 0.33, 120, null, 0.45, 20, "袜子,童装", true),
            new ProductLine("TZ", "TZ04", "外套", "摇粒绒外套", 6, List.of(KID_SIZES, COLORS),
                    169, 0.36, 450, null, 0.3, 10, "童装,外套,秋冬", true),
            new ProductLine("TZ", "TZ05", "帽子", "胎帽", 4, List.of(COLORS),
                    39, 0.33, 60, null, 0.4, 20, "帽子,新生儿", true),
            new ProductLine("WJ", "WJ01", "安抚玩具", "安抚玩偶", 6, List.of(TWO_COLORS),
                    79, 0.4, 200, null, 0.5, 10, "玩具,安抚", false),
            new ProductLine("WJ", "WJ02", "积木", "积木桶", 5, List.of(BLOCKS),
                    129, 0.42, 1200, null, 0.45, 6, "玩具,积木,益智", false),
            new ProductLine("WJ", "WJ03", "早教玩具", "早教启蒙玩具", 6, List.of(SINGLE),
                    149, 0.45, 800, null, 0.5, 6, "玩具,早教", false),
            new ProductLine("WJ", "WJ04", "洗澡玩具", "戏水玩具", 4, List.of(SINGLE),
                    39, 0.4, 300, null, 0.4, 12, "玩具,洗澡", false),
            new ProductLine("YC", "YC01", "孕妇装", "孕妇连衣裙", 6, List.of(ADULT_SIZES, COLORS),
                    189, 0.36, 400, null, 0.25, 10, "孕妇装", true),
            new ProductLine("YC", "YC02", "防溢乳垫", "一次性防溢乳垫", 3, List.of(PIECES),
                    39, 0.4, 250, 1095, 0.8, 24, "哺乳,乳垫", false),
            new ProductLine("YC", "YC03", "妈咪包", "多功能妈咪包", 4, List.of(axis("颜色", v("黑色"), v("卡其"),
                    v("藏青"))), 199, 0.4, 900, null, 0.3, 6, "妈咪包,出行", false),
            new ProductLine("YC", "YC04", "月子服", "纯棉月子服套装", 4, List.of(ADULT_SIZES, TWO_COLORS),
                    169, 0.36, 500, null, 0.3, 10, "月子服,哺乳", true),
            new ProductLine("CX", "CX01", "婴儿推车", "轻便婴儿推车", 4, List.of(axis("颜色", v("月光灰"), v("星空蓝"),
                    v("燕麦色"))), 1299, 0.55, 9000, null, 0.12, 1, "推车,出行,大件", false),
            new ProductLine("CX", "CX02", "安全座椅", "儿童安全座椅", 3, List.of(axis("颜色", v("曜石黑"), v("雾霾蓝"),
                    v("暖沙色"))), 1599, 0.55, 10500, null, 0.1, 1, "安全座椅,出行,大件", false),
            new ProductLine("CX", "CX03", "背带", "婴儿腰凳背带", 3, List.of(axis("颜色", v("灰色"), v("卡其"),
                    v("藏青"))), 259, 0.42, 800, null, 0.25, 6, "背带,出行", false));

    private CatalogPlan() {
    }
}
