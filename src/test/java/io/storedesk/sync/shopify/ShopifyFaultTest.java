package io.storedesk.sync.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faults, each against the fake store with real-shaped payloads: no crash (a RemoteFault of the
 * right kind with a clear message, or a page), no record lost, none read twice from the same page.
 */
class ShopifyFaultTest extends ShopifyServerTest {

    private static final String T1 = "2024-11-01T09:00:00+08:00";
    private static final String T2 = "2024-11-01T10:00:00+08:00";
    private static final String T3 = "2024-11-01T11:00:00+08:00";

    @Test
    void aPageThatRepeatsStopsThePullWithAClearFaultInsteadOfLoopingOrRepeatingRecords() {
        store = new FakeShopify()
                .page("orders.json", null, page(order(1, T1)), "orders-1")
                .page("orders.json", "orders-1", page(order(2, T2)), "orders-1");
        ChannelAdapter adapter = adapter();
        List<RemoteRecord> committed = new ArrayList<>();

        RemotePage first = adapter.pull(SyncResource.ORDERS, PullPosition.from(null));
        committed.addAll(first.records());
        assertThatThrownBy(() -> adapter.pull(SyncResource.ORDERS, new PullPosition(null, first.nextPageToken())))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.transientFault()).isFalse();
                    assertThat(f.remoteMessage()).contains("orders", "points back to a page already read", "orders-1");
                });
        assertThat(ids(committed)).containsExactly("1");
        assertThat(store.requests()).hasSize(2);
    }

    @Test
    void aNextLinkBackToAnEarlierPageIsCaughtToo() {
        store = new FakeShopify()
                .page("orders.json", null, page(order(1, T1)), "orders-1")
                .page("orders.json", "orders-1", page(order(2, T2)), "orders-2")
                .page("orders.json", "orders-2", page(order(3, T3)), "orders-1");

        assertThatThrownBy(() -> drain(adapter(), SyncResource.ORDERS, null))
                .isInstanceOfSatisfying(RemoteFault.class, f -> assertThat(f.remoteMessage())
                        .contains("points back to a page already read"));
        assertThat(store.requests()).hasSize(3);
    }

    @Test
    void anEmptyPageWithANextLinkIsFollowedToTheRecordsAfterIt() {
        store = new FakeShopify().pages("orders.json", page(order(1, T1)), page(), page(order(2, T2)));

        List<RemotePage> pages = drain(adapter(), SyncResource.ORDERS, null);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(1).records()).isEmpty();
        assertThat(pages.get(1).newestCursor()).isNull();
        assertThat(pages.get(1).isLast()).isFalse();
        assertThat(ids(records(pages))).containsExactly("1", "2");
    }

    @Test
    void duplicateOrdersAcrossPagesAreReturnedAsGivenAndTheUpsertKeepsOne() {
        store = new FakeShopify().pages("orders.json", page(order(1, T1), order(2, T2)), page(order(2, T2), order(3, T3)));

        List<RemotePage> pages = drain(adapter(), SyncResource.ORDERS, null);

        assertThat(ids(pages.get(0).records())).containsExactly("1", "2");
        assertThat(ids(pages.get(1).records())).containsExactly("2", "3");
        assertThat(pages).extracting(RemotePage::newestCursor).containsExactly(T2, T3);
        assertThat(upsert(records(pages)).keySet()).containsExactly("1", "2", "3");
    }

    @Test
    void anOrderThatChangesBetweenPagesComesBackNewerAndTheNewerVersionWins() {
        ObjectNode paid = order(1, T3);
        paid.put("financial_status", "paid");
        store = new FakeShopify().pages("orders.json", page(order(1, T1)), page(order(2, T2), paid));

        List<RemotePage> pages = drain(adapter(), SyncResource.ORDERS, null);

        assertThat(((RemoteOrder) pages.get(0).records().get(0)).status()).isEqualTo(RemoteOrderStatus.PENDING_PAYMENT);
        assertThat(pages.get(1).newestCursor()).isEqualTo(T3);
        RemoteOrder kept = (RemoteOrder) upsert(records(pages)).get("1");
        assertThat(kept.status()).isEqualTo(RemoteOrderStatus.PAID);
    }

    @Test
    void unknownStatusWordsAndExtraFieldsDoNotBreakTheMapping() {
        ObjectNode order = order(1, T1);
        order.put("financial_status", "pending_review_2030");
        order.put("fulfillment_status", "scheduled");
        order.putObject("brand_new_block").put("whatever", 1).putArray("more").add("x");
        ((ObjectNode) order.get("line_items").get(0)).putArray("unheard_of").add(1).add(2);
        ObjectNode product = (ObjectNode) ShopifyFixtures.tree("product.json").get("product");
        product.put("status", "unlisted");
        product.putObject("category").put("id", "gid://shopify/TaxonomyCategory/el-4");
        store = new FakeShopify().pages("orders.json", page(order))
                .pages("products.json", "{\"products\":[" + product + "],\"extra\":true}");

        RemoteOrder mapped = (RemoteOrder) drain(adapter(), SyncResource.ORDERS, null).get(0).records().get(0);
        RemoteProduct mappedProduct = (RemoteProduct) drain(adapter(), SyncResource.PRODUCTS, null).get(0).records().get(0);

        assertThat(mapped.status()).isEqualTo(RemoteOrderStatus.UNKNOWN);
        assertThat(mapped.channelStatus()).isEqualTo("pending_review_2030/scheduled");
        assertThat(mapped.lines()).hasSize(3);
        assertThat(mappedProduct.status()).isEqualTo("unlisted");
        assertThat(mappedProduct.variants()).hasSize(4);
    }

    @Test
    void truncatedJsonIsABadResponseThatNamesWhatWasBeingRead() {
        String whole = page(order(1, T1), order(2, T2));
        store = new FakeShopify().pages("orders.json", whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> adapter().pull(SyncResource.ORDERS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.remoteMessage()).contains("orders", "cut short or is not valid JSON");
                });
    }

    @Test
    void aBodyCutShortByAResetIsANetworkFaultAndTheSamePageIsReadWhole() {
        store = new FakeShopify().pages("orders.json", page(order(1, T1)), page(order(2, T2)));
        int[] calls = {0};
        store.replace("orders.json?orders-1", () -> ++calls[0] == 1 ? new MockResponse.Builder().code(200)
                .body(page(order(2, T2))).onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build()
                : new MockResponse.Builder().code(200).body(page(order(2, T2))).build());

        List<RemotePage> pages = drainRetryingTransientFaults(adapter(), SyncResource.ORDERS, RemoteFault.Kind.NETWORK);

        assertThat(ids(records(pages))).containsExactly("1", "2");
    }

    @Test
    void anHtmlErrorPageIsABadResponseOrAServerFaultWithThePagesTitle() {
        String html = "<!DOCTYPE html><html><head><title>Shopify · There was a problem loading this website</title>"
                + "</head><body><p>Please try again.</p></body></html>";
        store = new FakeShopify().replace("orders.json", () -> new MockResponse.Builder().code(200)
                .setHeader("Content-Type", "text/html; charset=utf-8").body(html).build())
                .replace("products.json", () -> new MockResponse.Builder().code(503)
                        .setHeader("Content-Type", "text/html; charset=utf-8").body(html).build());

        assertThatThrownBy(() -> adapter().pull(SyncResource.ORDERS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.remoteMessage()).contains("There was a problem loading this website");
                });
        assertThatThrownBy(() -> adapter().pull(SyncResource.PRODUCTS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER);
                    assertThat(f.remoteMessage()).contains("There was a problem loading this website");
                });
    }

    @Test
    void wrongCredentialsAreAnAuthFaultWithShopifysWordsOnAPullToo() {
        store = FakeShopify.standardStore();
        token = FakeShopify.WRONG_TOKEN;

        assertThatThrownBy(() -> adapter().pull(SyncResource.ORDERS, PullPosition.from(T1)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.AUTH);
                    assertThat(f.status()).isEqualTo(401);
                    assertThat(f.remoteMessage()).isEqualTo(FakeShopify.AUTH_ERROR);
                    assertThat(f.getMessage()).doesNotContain(FakeShopify.WRONG_TOKEN);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", ""})
    void a429WithOrWithoutRetryAfterIsRateLimitedAndTheRetriedPageComesOnce(String retryAfter) {
        store = new FakeShopify().pages("orders.json", page(order(1, T1)), page(order(2, T2)), page(order(3, T3)));
        int[] calls = {0};
        store.replace("orders.json?orders-1", () -> {
            if (++calls[0] > 1) {
                return new MockResponse.Builder().code(200).body(page(order(2, T2)))
                        .setHeader("Link", "<" + "http://x/admin/api/2024-10/orders.json?limit=250&page_info=orders-2>; rel=\"next\"")
                        .build();
            }
            MockResponse.Builder refused = new MockResponse.Builder().code(429)
                    .setHeader("Content-Type", "application/json; charset=utf-8")
                    .setHeader(ShopifyRestApi.CALL_LIMIT_HEADER, "40/40")
                    .body("{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}");
            return (retryAfter.isEmpty() ? refused : refused.setHeader("Retry-After", retryAfter)).build();
        });

        List<RemotePage> pages = drainRetryingTransientFaults(adapter(), SyncResource.ORDERS, RemoteFault.Kind.RATE_LIMITED);

        assertThat(ids(records(pages))).containsExactly("1", "2", "3");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void aServerErrorIsAServerFaultAndTheRetriedPageComesOnce(int status) {
        store = new FakeShopify().pages("orders.json", page(order(1, T1)), page(order(2, T2)));
        int[] calls = {0};
        store.replace("orders.json?orders-1", () -> ++calls[0] == 1
                ? FakeShopify.json(status, "{\"errors\":\"Internal Server Error\"}")
                : new MockResponse.Builder().code(200).body(page(order(2, T2))).build());

        List<RemotePage> pages = drainRetryingTransientFaults(adapter(), SyncResource.ORDERS, RemoteFault.Kind.SERVER);

        assertThat(ids(records(pages))).containsExactly("1", "2");
    }

    @Test
    void aLaterPageSendsOnlyLimitAndPageInfoAndTheCursorGoesOnTheFirst() {
        store = new FakeShopify().pages("orders.json", page(order(1, T1)), page(order(2, T2)));

        drain(adapter(), SyncResource.ORDERS, "2024-11-01T08:00:00+08:00");

        var first = store.requests().get(0).getUrl();
        assertThat(first.queryParameter("updated_at_min")).isEqualTo("2024-11-01T08:00:00+08:00");
        assertThat(first.queryParameter("status")).isEqualTo("any");
        assertThat(store.requests().get(1).getUrl().queryParameterNames()).containsExactlyInAnyOrder("limit", "page_info");
    }

    // --- the engine's part, as far as these tests need it ---

    /**
     * Pages as the engine reads them. With the plain transport the one transient fault of the expected kind
     * reaches the adapter's caller, which tries the same position again, as the engine's next attempt does.
     */
    private static List<RemotePage> drainRetryingTransientFaults(ChannelAdapter adapter, SyncResource resource,
                                                                 RemoteFault.Kind expected) {
        List<RemotePage> pages = new ArrayList<>();
        PullPosition position = PullPosition.from(null);
        int faults = 0;
        while (true) {
            RemotePage page;
            try {
                page = adapter.pull(resource, position);
            } catch (RemoteFault f) {
                assertThat(f.kind()).isEqualTo(expected);
                assertThat(f.transientFault()).isTrue();
                assertThat(++faults).as("faults").isLessThanOrEqualTo(1);
                continue;
            }
            pages.add(page);
            if (page.isLast()) {
                assertThat(faults).as("the fault was met on the way").isEqualTo(1);
                return pages;
            }
            position = new PullPosition(null, page.nextPageToken());
        }
    }

    private static List<RemotePage> drain(ChannelAdapter adapter, SyncResource resource, String cursor) {
        List<RemotePage> pages = new ArrayList<>();
        PullPosition position = PullPosition.from(cursor);
        for (int i = 0; i < 100; i++) {
            RemotePage page = adapter.pull(resource, position);
            pages.add(page);
            if (page.isLast()) {
                return pages;
            }
            position = new PullPosition(cursor, page.nextPageToken());
        }
        throw new AssertionError("the pull did not end");
    }

    /** What the engine's upsert keyed by external id keeps: the latest version of each record. */
    private static Map<String, RemoteRecord> upsert(List<RemoteRecord> records) {
        Map<String, RemoteRecord> kept = new LinkedHashMap<>();
        for (RemoteRecord r : records) {
            kept.merge(r.externalId(), r, (old, now) -> now.updatedAt().isBefore(old.updatedAt()) ? old : now);
        }
        return kept;
    }

    private static List<RemoteRecord> records(List<RemotePage> pages) {
        return pages.stream().flatMap(p -> p.records().stream()).toList();
    }

    private static List<String> ids(List<RemoteRecord> records) {
        return records.stream().map(RemoteRecord::externalId).toList();
    }

    private static ObjectNode order(long id, String updatedAt) {
        return ShopifyFixtures.order(id, updatedAt);
    }

    private static String page(ObjectNode... orders) {
        return ShopifyFixtures.ordersPage(List.of(orders));
    }
}
