package io.storedesk.orders.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every explanation the routers give reads in English and Chinese: keys exist, arguments format. */
class RoutingMessagesTest {

    @Test
    void everyReasonOfABusyDayRendersInEnglishAndChinese() {
        RandomInstances.Batch batch = RandomInstances.batch(3_000, 10, 6, 42);
        List<RouteDecision> decisions = new ArrayList<>(new RoutingEngine().routeAll(batch.orders(), batch.network(),
                batch.stock().copy(), batch.now()));
        decisions.addAll(new ShopifyStyleRouter().routeAll(batch.orders(), batch.network(), batch.stock().copy(),
                batch.now()));
        Set<String> keys = new TreeSet<>();

        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = new Messages(locale);
            for (RouteDecision decision : decisions) {
                for (Reason reason : decision.explanation()) {
                    keys.add(reason.key());
                    String text = messages.get(reason.key(), reason.args().toArray());
                    assertThat(text).as(reason.toString()).doesNotStartWith("!").doesNotContain("{");
                }
            }
        }
        // A busy day touches most of the reasons; the rest have hand-made tests.
        assertThat(keys).hasSizeGreaterThan(15);
    }

    @Test
    void holdCodesAndOutcomesHaveLabels() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = new Messages(locale);
            for (String code : HoldCodes.ALL) {
                assertThat(messages.has("routing.hold." + code)).as(code).isTrue();
            }
            for (RouteOutcome outcome : RouteOutcome.values()) {
                assertThat(messages.has("routing.outcome." + outcome)).as(outcome.toString()).isTrue();
            }
        }
    }

    @Test
    void carrierBeatsReadsAsAPersonWouldSayIt() {
        Reason reason = Reason.because("carrierBeats", "顺丰", "12.00", "圆通", "15.50", 2);

        assertThat(new Messages(Locale.ENGLISH).get(reason.key(), reason.args().toArray()))
                .isEqualTo("顺丰 ¥12.00 beats 圆通 ¥15.50 within the promised 2 days");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get(reason.key(), reason.args().toArray()))
                .isEqualTo("顺丰 ¥12.00 在承诺的 2 天内送达，比 圆通 ¥15.50 便宜");
        assertThat(new Messages(Locale.ENGLISH).get(reason.key(), "顺丰", "12.00", "圆通", "15.50", 1))
                .endsWith("within the promised 1 day");
    }

    @Test
    void aMissingArgumentShowsEmptyInsteadOfNull() {
        Reason reason = Reason.because("unknownSku", "7", null);

        assertThat(reason.args()).containsExactly("7", "");
    }
}
