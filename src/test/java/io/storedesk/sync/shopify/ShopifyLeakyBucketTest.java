package io.storedesk.sync.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteFault;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The benchmark's server-side bucket, on a clock the test moves. */
class ShopifyLeakyBucketTest extends ShopifyServerTest {

    @Test
    void aCallThatWouldOverflowTheBucketIsAnswered429UntilAUnitHasLeaked() throws IOException {
        long[] now = {0};
        ShopifyLeakyBucket bucket = new ShopifyLeakyBucket(FakeShopify.standardStore(), 2, 1, () -> now[0]);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(bucket);
            server.start();
            ChannelAdapter adapter = new ShopifyAdapterProvider().open(new ChannelConnection(
                    new Channel(1, "s", "S", ChannelKind.SHOPIFY, "USD", BigDecimal.ONE, 0, true),
                    server.url("/").toString().replaceAll("/$", ""), new ChannelCredentials(null, FakeShopify.TOKEN, null),
                    Map.of()), http());

            adapter.checkConnection();
            adapter.checkConnection();
            assertThatThrownBy(adapter::checkConnection).isInstanceOfSatisfying(RemoteFault.class,
                    f -> assertThat(f.kind()).isEqualTo(RemoteFault.Kind.RATE_LIMITED));
            now[0] += TimeUnit.MILLISECONDS.toNanos(1_000);
            adapter.checkConnection();

            assertThat(bucket.calls()).isEqualTo(4);
            assertThat(bucket.refused()).isEqualTo(1);
        }
    }

    @Test
    void theProviderReadsTheBucketFromSettingsOrUsesShopifysStandardOne() {
        assertThat(ShopifyAdapterProvider.rateLimit(Map.of("bucketSize", "40", "leakPerSecond", "20")))
                .isEqualTo(new RateLimit(40, 20, "X-Shopify-Shop-Api-Call-Limit"));
        assertThat(ShopifyAdapterProvider.rateLimit(Map.of()))
                .isEqualTo(new RateLimit(40, 2, "X-Shopify-Shop-Api-Call-Limit"));
        assertThat(new ShopifyAdapterProvider().rateLimit()).isEqualTo(ShopifyAdapterProvider.REST_BUCKET);
    }
}
