package io.storedesk.orders.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReviewTextTest {

    private static final List<ReviewHold> ONE_OF_EACH = List.of(
            ReviewHold.of(ReviewHold.ADDRESS_INCOMPLETE, List.of(AddressProblem.MISSING_CITY,
                    AddressProblem.MISSING_STREET, AddressProblem.BAD_PHONE)),
            ReviewHold.of(ReviewHold.ADDRESS_UNRECOGNISED, "火星"),
            ReviewHold.of(ReviewHold.RISK_PHONE, "134****4156", 4, new BigDecimal("24")),
            ReviewHold.of(ReviewHold.HIGH_AMOUNT, new BigDecimal("12345.60"), new BigDecimal("5000.00"), "CNY"),
            ReviewHold.of(ReviewHold.BUYER_NOTE, "宝宝急用，能发顺丰吗？"),
            ReviewHold.of(ReviewHold.UNPAID),
            ReviewHold.of(ReviewHold.PRESALE));

    private final ReviewText english = new ReviewText(new Messages(Locale.ENGLISH));
    private final ReviewText chinese = new ReviewText(new Messages(Locale.SIMPLIFIED_CHINESE));

    @Test
    void everyHoldReadsAsAFinishedSentenceInBothLanguages() {
        assertThat(ONE_OF_EACH).extracting(ReviewHold::code).containsExactlyElementsOf(ReviewHold.CODES);
        for (ReviewHold hold : ONE_OF_EACH) {
            for (String text : List.of(english.hold(hold), chinese.hold(hold))) {
                assertThat(text).doesNotContain("!review", "{", "null", "MessageKey", "MISSING_").matches(".+[.。]");
            }
        }
    }

    @Test
    void amountsAndCountsAreWrittenForTheReader() {
        assertThat(english.hold(ONE_OF_EACH.get(3)))
                .isEqualTo("The order total 12,345.60 CNY is above the review threshold of 5,000.00 CNY.");
        assertThat(chinese.hold(ONE_OF_EACH.get(3))).isEqualTo("订单金额 12,345.60 CNY 超过审核阈值 5,000.00 CNY。");
        assertThat(english.hold(ONE_OF_EACH.get(2))).startsWith("Phone 134****4156 placed 4 orders within 24 hours.");
        assertThat(chinese.hold(ONE_OF_EACH.get(2))).startsWith("手机号 134****4156 在 24 小时内下了 4 单");
    }

    @Test
    void missingAddressPartsAreListedInTheReadersLanguage() {
        assertThat(english.hold(ONE_OF_EACH.get(0))).startsWith("The address is incomplete: no city, no street "
                + "address, the phone number is neither a mobile nor a landline number. ");
        assertThat(chinese.hold(ONE_OF_EACH.get(0)))
                .startsWith("收货地址不完整：缺少城市、缺少详细地址、联系电话不是有效的手机号或固定电话。");
    }

    @Test
    void holdsHaveShortLabelsForTheHoldColumn() {
        assertThat(english.label(ReviewHold.of(ReviewHold.UNPAID))).isEqualTo("Not paid");
        assertThat(chinese.label(ReviewHold.of(ReviewHold.ADDRESS_UNRECOGNISED))).isEqualTo("地址无法识别");
    }

    @Test
    void mergeSuggestionNamesTheBuyerAndTheCount() {
        MergeGroup group = new MergeGroup(1, List.of(1L, 2L, 4L), MergeFinder.REASON_SUGGESTED, List.of(3, "郑雪"));

        assertThat(english.merge(group)).isEqualTo("3 orders from 郑雪 go to the same address and can ship as one "
                + "parcel.");
        assertThat(chinese.merge(group)).isEqualTo("郑雪 的 3 笔订单寄往同一地址，可合并为一个包裹发货。");
    }

    @Test
    void everyCodeAndProblemHasItsTextInBothBundlesWithoutAsciiApostrophes() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties zh = load("/i18n/messages_zh_CN.properties");
        Set<String> enReview = reviewKeys(en);

        assertThat(reviewKeys(zh)).isEqualTo(enReview);
        assertThat(enReview).contains("review.merge.suggested", "review.list.more")
                .containsAll(ReviewHold.CODES.stream().map(c -> "review.hold." + c).toList())
                .containsAll(ReviewHold.CODES.stream().map(c -> "review.code." + c).toList())
                .containsAll(Arrays.stream(AddressProblem.values()).map(AddressProblem::messageKey).toList());
        for (String key : enReview) {
            assertThat(en.getProperty(key) + zh.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    private static Set<String> reviewKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("review.")).collect(Collectors.toSet());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReviewTextTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
