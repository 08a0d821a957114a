package io.storedesk.sync.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Lists that misbehave while a run pages through them, and answers that are not WooCommerce's JSON. Each: no
 * crash, no record lost, none delivered twice within a run, and a fault that says what was being read.
 */
class WooCommercePagingFaultsTest extends WooShopFixture {

    /** Oldest change first: 723, 727, then the three made from order.json. */
    private static final List<String> ALL_ORDERS = List.of("723", "727", "901", "902", "903");

    @Test
    void aRunDeliversEveryOrderOnceOldestChangeFirst() {
        Run run = run(adapter(), SyncResource.ORDERS, null);

        assertThat(run.ids()).containsExactlyElementsOf(ALL_ORDERS);
        assertThat(run.newestCursor()).isEqualTo("2017-03-26T10:00:00");
    }

    @Test
    void aPageThatRepeatsIsAskedAgainAndNothingIsDeliveredTwice() {
        AtomicInteger calls = new AtomicInteger();
        List<JsonNode> firstPage = new ArrayList<>();
        shop.pageTamper = page -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                firstPage.addAll(page);
            }
            return call == 2 ? firstPage : page; // a cache answers page 1 again
        };

        Run run = run(adapter(), SyncResource.ORDERS, null);

        assertThat(run.ids()).containsExactlyElementsOf(ALL_ORDERS);
    }

    @Test
    void anEmptyPageWhileTotalPagesSaysMoreIsAskedAgain() {
        AtomicInteger calls = new AtomicInteger();
        shop.pageTamper = page -> calls.incrementAndGet() == 2 ? List.of() : page;

        Run run = run(adapter(), SyncResource.ORDERS, null);

        assertThat(run.ids()).containsExactlyElementsOf(ALL_ORDERS);
    }

    @Test
    void pagesThatStayEmptyEndTheRunAndTheNextRunCarriesOnFromItsCursor() {
        AtomicInteger calls = new AtomicInteger();
        shop.pageTamper = page -> calls.incrementAndGet() >= 2 ? List.of() : page;
        Run broken = run(adapter(), SyncResource.ORDERS, null);
        shop.pageTamper = page -> page;

        Run next = run(adapter(), SyncResource.ORDERS, broken.newestCursor());

        assertThat(broken.ids()).containsExactly("723", "727");
        assertThat(broken.newestCursor()).isEqualTo("2017-03-22T19:28:08");
        // 727 was changed in the cursor's own second, so it comes once more; nothing after it is lost.
        assertThat(next.ids()).containsExactly("727", "901", "902", "903");
    }

    @Test
    void anOrderTwiceInOneListIsDeliveredOnce() {
        AtomicInteger calls = new AtomicInteger();
        List<JsonNode> firstPage = new ArrayList<>();
        shop.pageTamper = page -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                firstPage.addAll(page);
                List<JsonNode> twice = new ArrayList<>(page);
                twice.add(page.get(0)); // the same order twice on one page
                return twice;
            }
            List<JsonNode> withOld = new ArrayList<>(firstPage); // and again on the next page
            withOld.addAll(page);
            return withOld;
        };

        Run run = run(adapter(), SyncResource.ORDERS, null);

        assertThat(run.ids()).containsExactlyElementsOf(ALL_ORDERS);
    }

    @Test
    void anOrderChangedBetweenPagesComesAgainWithItsNewStateAndPushesNoOtherOrderOut() {
        ChannelAdapter adapter = adapter();
        RemotePage first = adapter.pull(SyncResource.ORDERS, PullPosition.from(null));
        // Refunded in the shop while the run is between pages: 723 leaves page 1 for the end of the list. With
        // plain page numbers 901 would slide onto page 1, already read, and never be delivered.
        shop.changeOrder(723, "refunded", "2017-03-27T00:00:00");
        List<RemoteOrder> orders = new ArrayList<>(first.records().stream().map(RemoteOrder.class::cast).toList());
        PullPosition position = new PullPosition(null, first.nextPageToken());
        String newest = first.newestCursor();
        while (position != null) {
            RemotePage page = adapter.pull(SyncResource.ORDERS, position);
            page.records().forEach(r -> orders.add((RemoteOrder) r));
            newest = page.newestCursor() == null ? newest : page.newestCursor();
            position = page.isLast() ? null : new PullPosition(null, page.nextPageToken());
        }

        assertThat(orders).extracting(RemoteOrder::externalId).containsExactly("723", "727", "901", "902", "903", "723");
        assertThat(orders.get(0).status()).isEqualTo(RemoteOrderStatus.SHIPPED);
        assertThat(orders.get(5).status()).isEqualTo(RemoteOrderStatus.REFUNDED);
        assertThat(newest).isEqualTo("2017-03-27T00:00:00");
    }

    @Test
    void aPluginsStatusAndExtraFieldsComeThroughAsUnknownWithTheRawWord() {
        ObjectNode order = shop.orders.get(901L);
        order.put("status", "awaiting-shipment").putObject("wcpdf_invoice_number").put("number", 12);
        order.putArray("fee_lines").addObject().put("id", 1).put("name", "Gift wrap").put("total", "2.00");

        Run run = run(adapter(), SyncResource.ORDERS, null);

        RemoteOrder plugin = run.records().stream().map(RemoteOrder.class::cast)
                .filter(o -> o.externalId().equals("901")).findFirst().orElseThrow();
        assertThat(plugin.status()).isEqualTo(RemoteOrderStatus.UNKNOWN);
        assertThat(plugin.channelStatus()).isEqualTo("awaiting-shipment");
        assertThat(run.ids()).containsExactlyElementsOf(ALL_ORDERS);
    }

    @Test
    void truncatedJsonIsABadResponseNamingThePageBeingRead() {
        String cut = shop.orders.get(723L).toString().substring(0, 300);
        shop.interceptor = r -> r.getUrl().encodedPath().endsWith("/orders")
                ? new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[" + cut).build()
                : null;

        assertThatThrownBy(() -> adapter().pull(SyncResource.ORDERS, PullPosition.from("2017-03-01T00:00:00")))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.remoteMessage()).contains("malformed JSON reading /orders page 1 modified after 2017-03-01T00:00:00");
                });
    }

    @Test
    void wordPressCriticalErrorAndMaintenancePagesAreFaultsWithTheirTitle() {
        shop.interceptor = r -> new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html; charset=UTF-8")
                .body(WORDPRESS_CRITICAL_ERROR).build();
        assertThatThrownBy(() -> adapter().pull(SyncResource.PRODUCTS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER);
                    assertThat(f.remoteMessage()).contains("WordPress").contains("Error");
                });

        shop.interceptor = r -> new MockResponse.Builder().code(503).setHeader("Content-Type", "text/html; charset=utf-8")
                .setHeader("Retry-After", "600").body(WORDPRESS_MAINTENANCE).build();
        assertThatThrownBy(() -> adapter().pull(SyncResource.ORDERS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER);
                    assertThat(f.remoteMessage()).isEqualTo("Maintenance");
                });

        shop.interceptor = r -> new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><head><title>My Shop – Just another WordPress site</title></head></html>").build();
        assertThatThrownBy(() -> adapter().pull(SyncResource.STOCK, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.remoteMessage()).contains("Just another WordPress site");
                });
    }

    /** WordPress 5.2+ "fatal error protection" page, as wp_die() writes it. */
    static final String WORDPRESS_CRITICAL_ERROR = """
            <!DOCTYPE html>
            <html dir='ltr'>
            <head>
            \t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
            \t<meta name="viewport" content="width=device-width">
            \t\t<meta name='robots' content='max-image-preview:large, noindex, follow' />
            \t<title>WordPress &rsaquo; Error</title>
            </head>
            <body id="error-page">
            \t<div class="wp-die-message"><p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p></div></body>
            </html>
            """;

    /** What WordPress answers while it updates plugins (wp_maintenance(), HTTP 503, Retry-After: 600). */
    static final String WORDPRESS_MAINTENANCE = """
            <!DOCTYPE html>
            <html dir='ltr'>
            <head>
            \t<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
            \t<title>Maintenance</title>
            </head>
            <body id="error-page">
            \t<div class="wp-die-message"><h1>Briefly unavailable for scheduled maintenance. Check back in a minute.</h1></div></body>
            </html>
            """;
}
