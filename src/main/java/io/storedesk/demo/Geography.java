package io.storedesk.demo;

import io.storedesk.orders.Province;
import java.util.List;
import java.util.Locale;

/** Where the demo shop's buyers live: provinces weighted by online spending, with real city names. */
final class Geography {

    record Place(Province province, double weight, List<String> cities) {
    }

    static final List<Place> PLACES = List.of(
            new Place(Province.GUANGDONG, 12, List.of("广州市", "深圳市", "东莞市", "佛山市", "珠海市", "汕头市", "惠州市", "中山市")),
            new Place(Province.JIANGSU, 8, List.of("南京市", "苏州市", "无锡市", "常州市", "南通市", "徐州市")),
            new Place(Province.ZHEJIANG, 7.5, List.of("杭州市", "宁波市", "温州市", "绍兴市", "嘉兴市", "金华市")),
            new Place(Province.SHANDONG, 6.5, List.of("济南市", "青岛市", "烟台市", "潍坊市", "临沂市")),
            new Place(Province.HENAN, 5.5, List.of("郑州市", "洛阳市", "南阳市", "新乡市")),
            new Place(Province.SICHUAN, 5, List.of("成都市", "绵阳市", "德阳市", "南充市")),
            new Place(Province.SHANGHAI, 4.5, List.of("上海市")),
            new Place(Province.BEIJING, 4, List.of("北京市")),
            new Place(Province.HUBEI, 4, List.of("武汉市", "宜昌市", "襄阳市")),
            new Place(Province.HUNAN, 3.8, List.of("长沙市", "株洲市", "岳阳市")),
            new Place(Province.FUJIAN, 3.8, List.of("福州市", "厦门市", "泉州市")),
            new Place(Province.HEBEI, 3.8, List.of("石家庄市", "唐山市", "保定市")),
            new Place(Province.ANHUI, 3.3, List.of("合肥市", "芜湖市", "阜阳市")),
            new Place(Province.LIAONING, 2.6, List.of("沈阳市", "大连市", "鞍山市")),
            new Place(Province.SHAANXI, 2.6, List.of("西安市", "宝鸡市", "咸阳市")),
            new Place(Province.JIANGXI, 2.4, List.of("南昌市", "赣州市", "九江市")),
            new Place(Province.CHONGQING, 2.4, List.of("重庆市")),
            new Place(Province.GUANGXI, 2.2, List.of("南宁市", "柳州市", "桂林市")),
            new Place(Province.YUNNAN, 2, List.of("昆明市", "曲靖市", "大理白族自治州")),
            new Place(Province.TIANJIN, 1.8, List.of("天津市")),
            new Place(Province.SHANXI, 1.6, List.of("太原市", "大同市")),
            new Place(Province.GUIZHOU, 1.5, List.of("贵阳市", "遵义市")),
            new Place(Province.HEILONGJIANG, 1.5, List.of("哈尔滨市", "大庆市")),
            new Place(Province.JILIN, 1.2, List.of("长春市", "吉林市")),
            new Place(Province.INNER_MONGOLIA, 0.9, List.of("呼和浩特市", "包头市")),
            new Place(Province.XINJIANG, 0.8, List.of("乌鲁木齐市", "喀什地区", "和田地区")),
            new Place(Province.GANSU, 0.8, List.of("兰州市", "天水市")),
            new Place(Province.HAINAN, 0.7, List.of("海口市", "三亚市")),
            new Place(Province.NINGXIA, 0.35, List.of("银川市")),
            new Place(Province.QINGHAI, 0.3, List.of("西宁市", "玉树藏族自治州")),
            new Place(Province.TIBET, 0.2, List.of("拉萨市", "阿里地区")));

    static final List<String> STREETS = List.of("人民路", "解放路", "中山路", "建设路", "新华路", "和平路", "文化路",
            "长江路", "黄河路", "青年路", "朝阳路", "滨江大道");
    static final List<String> COMMUNITIES = List.of("阳光花园", "锦绣家园", "幸福里", "金色港湾", "翠湖苑", "万科城",
            "碧桂园", "绿地新都会", "保利香槟国际", "华润置地广场", "龙湖春江郦城", "融创壹号院");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
            "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯");
    static final List<String> GIVEN_NAMES = List.of("婷", "静", "丽", "敏", "芳", "娜", "雪", "琳", "晨", "欣怡",
            "梓涵", "雨桐", "思琪", "佳怡", "雅婷", "晓燕", "海燕", "丹丹", "莉莉", "慧", "洁", "颖", "倩", "璐",
            "子轩", "浩然", "思远", "俊杰", "宇航", "志强", "建华", "明");

    private Geography() {
    }

    static String districtOf(String city, DemoRandom random) {
        List<String> districts = switch (city) {
            case "上海市" -> List.of("浦东新区", "闵行区", "徐汇区", "宝山区", "嘉定区", "松江区");
            case "北京市" -> List.of("朝阳区", "海淀区", "丰台区", "通州区", "昌平区", "大兴区");
            case "广州市" -> List.of("天河区", "白云区", "番禺区", "海珠区", "越秀区");
            case "深圳市" -> List.of("南山区", "福田区", "宝安区", "龙岗区", "龙华区");
            case "杭州市" -> List.of("西湖区", "余杭区", "滨江区", "拱墅区", "萧山区");
            case "成都市" -> List.of("武侯区", "锦江区", "青羊区", "成华区", "双流区");
            case "重庆市" -> List.of("渝中区", "江北区", "南岸区", "渝北区", "沙坪坝区");
            case "天津市" -> List.of("和平区", "河西区", "南开区", "滨海新区");
            case "武汉市" -> List.of("武昌区", "洪山区", "江汉区", "汉阳区");
            case "南京市" -> List.of("鼓楼区", "玄武区", "建邺区", "江宁区");
            default -> List.of("");
        };
        return random.pick(districts);
    }

    static String streetAddress(DemoRandom random) {
        return random.pick(STREETS) + random.between(1, 999) + "号" + random.pick(COMMUNITIES)
                + random.between(1, 30) + "栋" + random.between(1, 4) + "单元" + random.between(1, 33)
                + String.format(Locale.ROOT, "%02d", random.between(1, 6)) + "室";
    }

    static String personName(DemoRandom random) {
        return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
    }

    /** Marketplaces hand merchants masked numbers; the demo writes them the same way (138****5678). */
    static String maskedPhone(DemoRandom random) {
        return "1" + random.pick(List.of("3", "5", "7", "8", "9")) + random.digits(1) + "****" + random.digits(4);
    }
}
