package io.storedesk.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8's paging faults against the Odoo adapter (a page that repeats, an empty page, a record that changes
 * between pages, extra fields): every record is read, none twice within a run, and a server that does not
 * honour the query stops the run with a BAD_RESPONSE instead of looping.
 */
class OdooPagingFaultTest {

    private final OdooTestServer remote = new OdooTestServer();
    private final FakeOdoo odoo = remote.odoo;

    @AfterEach
    void stop() {
        remote.close();
    }

    private static RemoteFault faultOf(Runnable call) {
        try {
            call.run();
        } catch (RemoteFault fault) {
            return fault;
        }
        throw new AssertionError("expected a RemoteFault");
    }

    @Test
    void aServerThatRepeatsThePageStopsTheRunWithoutStoringARecordTwice() {
        // A caching proxy answers every products search with the first page.
        MockResponse[] firstPage = new MockResponse[1];
        odoo.fault = call -> call.is("product.product", "search_read") ? firstPage[0] : null;
        ChannelAdapter adapter = remote.adapter(3);
        RemotePage first = adapter.pull(SyncResource.PRODUCTS, PullPosition.from(null));
        firstPage[0] = FakeOdoo.answer(5, FakeOdoo.json(recordedAnswer(first)));

        RemoteFault fault = faultOf(() -> adapter.pull(SyncResource.PRODUCTS, new PullPosition(null, first.nextPageToken())));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
        assertThat(fault.remoteMessage()).contains("older than asked for", "Stopped");
        assertThat(first.records()).extracting(RemoteRecord::externalId).containsExactly("12", "3", "4");
    }

    @Test
    void aServerThatRepeatsAPageWithinOneSecondStopsInsteadOfLooping() {
        odoo.tables.get("product.product").forEach(p -> p.put("write_date", "2024-05-02 08:15:30.000000"));
        MockResponse[] firstPage = new MockResponse[1];
        odoo.fault = call -> call.is("product.product", "search_read") ? firstPage[0] : null;
        ChannelAdapter adapter = remote.adapter(3);
        RemotePage first = adapter.pull(SyncResource.PRODUCTS, PullPosition.from(null));
        firstPage[0] = FakeOdoo.answer(5, FakeOdoo.json(recordedAnswer(first)));

        RemoteFault fault = faultOf(() -> adapter.pull(SyncResource.PRODUCTS, new PullPosition(null, first.nextPageToken())));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
        assertThat(fault.remoteMessage()).contains("the same product.product records again");
    }

    /** The JSON result Odoo gave for the first products page, replayed by the repeating server. */
    private String recordedAnswer(RemotePage page) {
        StringBuilder rows = new StringBuilder("[");
        for (RemoteRecord record : page.records()) {
            ObjectNode row = odoo.byId("product.product", Long.parseLong(record.externalId())).deepCopy();
            row.put("write_date", row.get("write_date").asText().substring(0, 19));
            rows.append(rows.length() > 1 ? "," : "").append(row);
        }
        return rows.append("]").toString();
    }

    @Test
    void anEmptyResultIsTheLastPageWithNoCursorToMove() {
        odoo.tables.get("product.product").clear();

        RemotePage page = remote.adapter(3).pull(SyncResource.PRODUCTS, PullPosition.from(null));

        assertThat(page.records()).isEmpty();
        assertThat(page.isLast()).isTrue();
        assertThat(page.newestCursor()).isNull();
    }

    @Test
    void aPullFromTheNewestCursorGetsOnlyWhatChangedSince() {
        ChannelAdapter adapter = remote.adapter(3);
        String cursor = OdooTestServer.newest(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, null));
        assertThat(OdooTestServer.records(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, cursor))).isEmpty();

        odoo.byId("product.product", 3).put("write_date", "2024-06-05 09:00:00.500000").put("list_price", 760.0);
        List<RemoteRecord> changed = OdooTestServer.records(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, cursor));

        assertThat(changed).extracting(RemoteRecord::externalId).containsExactly("3");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 8, 50})
    void everyPageSizeReadsEveryRecordOnceThoughASecondIsSharedAcrossPages(int pageSize) {
        List<String> ids = OdooTestServer.records(OdooTestServer.pages(remote.adapter(pageSize), SyncResource.PRODUCTS, null))
                .stream().map(RemoteRecord::externalId).toList();

        assertThat(ids).containsExactly("12", "3", "4", "5", "27", "31", "19", "41");
    }

    @Test
    void aRecordThatChangesBetweenPagesIsReadAgainAndNothingAfterItIsSkipped() {
        ChannelAdapter adapter = remote.adapter(3);
        List<String> ids = new ArrayList<>();
        RemotePage page = adapter.pull(SyncResource.PRODUCTS, PullPosition.from(null));
        page.records().forEach(r -> ids.add(r.externalId()));
        // Between pages 1 and 2 someone edits product 3 (read on page 1): it leaves its second for "now".
        // Offset paging would now skip products 5 and 27; the position finds it has moved and rereads the second.
        odoo.byId("product.product", 3).put("write_date", "2024-06-05 09:00:00.500000");
        while (!page.isLast()) {
            page = adapter.pull(SyncResource.PRODUCTS, new PullPosition(null, page.nextPageToken()));
            page.records().forEach(r -> ids.add(r.externalId()));
        }

        assertThat(new HashSet<>(ids)).containsExactlyInAnyOrder("12", "3", "4", "5", "27", "31", "19", "41");
        assertThat(ids).as("3 again with its change, 4 reread with its second").containsExactly(
                "12", "3", "4", "4", "5", "27", "31", "19", "41", "3");
    }

    @Test
    void aRecordCommittedLateIntoTheLastSecondReadIsNotSkipped() {
        ChannelAdapter adapter = remote.adapter(3);
        String cursor = OdooTestServer.newest(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, null));
        // A slow transaction commits a product stamped earlier in the newest second (16:20:00) than the one we read.
        ObjectNode late = odoo.byId("product.product", 41).deepCopy().put("id", 60).put("default_code", "SD-MUG-02");
        odoo.byId("product.product", 41).put("write_date", "2024-05-09 16:20:00.400000");
        late.put("write_date", "2024-05-09 16:20:00.100000");
        odoo.tables.get("product.product").add(late);

        List<String> ids = OdooTestServer.records(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, cursor)).stream()
                .map(RemoteRecord::externalId).toList();

        assertThat(ids).containsExactly("60", "41");
    }

    @Test
    void extraFieldsAndUnknownSelectionValuesAreIgnored() {
        odoo.tables.get("product.product").clear();
        odoo.tables.get("product.product").addAll(FakeOdoo.rows("product_product_odoo_extras.json"));

        List<RemoteRecord> records = OdooTestServer.records(OdooTestServer.pages(remote.adapter(3), SyncResource.PRODUCTS, null));

        assertThat(records).singleElement().satisfies(r -> {
            RemoteProduct product = (RemoteProduct) r;
            assertThat(product.variants().get(0).sku()).isEqualTo("SD-KIT-09");
            assertThat(product.variants().get(0).grams()).isEqualTo(800);
        });
    }

    @Test
    void aResultThatIsNotAListOfRecordsIsABadResponse() {
        odoo.fault = call -> call.is("product.product", "search_read") ? FakeOdoo.json200(
                "{\"jsonrpc\": \"2.0\", \"id\": 3, \"result\": {\"records\": []}}") : null;

        assertThatThrownBy(() -> remote.adapter(3).pull(SyncResource.PRODUCTS, PullPosition.from(null)))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.remoteMessage()).contains("instead of a list of records");
                });
    }
}
