package io.storedesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search from anywhere on the demo shop (sample-data/*.csv), as a role that sees everything and as narrower ones. */
class GlobalSearchTest {

    private static Services services;

    @BeforeAll
    static void openACopyOfTheDemoShop() {
        services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())), TestStores.DEMO_CLOCK);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void signInAsAManagerWhoSeesEverything() {
        as(EnumSet.allOf(Permission.class));
    }

    private static void as(EnumSet<Permission> permissions) {
        services.access().switchTo(new Principal("searcher", "Searcher", Role.MANAGER), permissions);
    }

    private static List<SearchHit> search(String text) {
        return services.globalSearch().search(text, 10);
    }

    @Test
    void anOrderIsFoundByItsNumberWithItsChannelAndStatus() {
        // orders.csv: TMALL,3260505410606177943,tb5302003387,DELIVERED,...
        List<SearchHit> orders = search("3260505410606177943").stream()
                .filter(h -> h.kind() == SearchHit.Kind.ORDER).toList();
        assertThat(orders).extracting(SearchHit::reference, SearchHit::stateKey)
                .containsExactly(tuple("3260505410606177943", "orders.status.DELIVERED"));
        assertThat(orders.get(0).detail()).isNotBlank();
    }

    @Test
    void skusMatchByCodeFromItsStartInAnyCaseAndCodesComeInOrder() {
        // skus.csv: NF01-001-01 … NF01-001-06.
        assertThat(search("nf01-001-0")).filteredOn(h -> h.kind() == SearchHit.Kind.SKU)
                .extracting(SearchHit::reference)
                .containsExactly("NF01-001-01", "NF01-001-02", "NF01-001-03", "NF01-001-04", "NF01-001-05",
                        "NF01-001-06");
    }

    @Test
    void aSkuIsFoundByItsBarcode() {
        assertThat(search("6931800000027")).filteredOn(h -> h.kind() == SearchHit.Kind.SKU)
                .extracting(SearchHit::reference).containsExactly("NF01-001-02");
    }

    @Test
    void typedWildcardsMatchOnlyThemselves() {
        // Unescaped, _ would match the dash of NF01-001 and % anything at all.
        assertThat(search("NF01_001")).isEmpty();
        assertThat(search("%%")).isEmpty();
    }

    @Test
    void eachKindIsCappedAndKindsComeInOrder() {
        List<SearchHit> hits = services.globalSearch().search("NF01-001", 2);
        assertThat(hits).filteredOn(h -> h.kind() == SearchHit.Kind.SKU).extracting(SearchHit::reference)
                .containsExactly("NF01-001-01", "NF01-001-02");
        assertThat(hits.stream().map(SearchHit::kind).toList()).isSorted();
    }

    @Test
    void aTicketIsFoundByItsCodeInAnyCase() {
        // tickets.csv: AS260505-0001, an inquiry that is DONE.
        assertThat(search("as260505-0001")).filteredOn(h -> h.kind() == SearchHit.Kind.TICKET)
                .extracting(SearchHit::reference, SearchHit::stateKey)
                .containsExactly(tuple("AS260505-0001", "aftersales.status.DONE"));
    }

    @Test
    void aCustomerIsFoundByTheirChannelIdMaskedAndOpensTheirLatestOrder() {
        // customers.csv: TMALL,tb5302003387,郑雪,134****4156; their one order is 3260505410606177943.
        assertThat(search("tb5302003387")).filteredOn(h -> h.kind() == SearchHit.Kind.CUSTOMER)
                .extracting(SearchHit::title, SearchHit::detail, SearchHit::reference)
                .containsExactly(tuple("郑* · tb5302003387", "134****4156", "3260505410606177943"));
    }

    @Test
    void fourDigitsFindCustomersByTheLastFourOfTheirPhone() {
        // customers.csv: five phones end in 6949 (黄琳, 黄建华, 唐浩然, 马丽, 刘芳); four digits are also an id.
        List<SearchHit> customers = search("6949").stream().filter(h -> h.kind() == SearchHit.Kind.CUSTOMER)
                .toList();
        assertThat(customers).filteredOn(h -> h.detail().endsWith("6949")).extracting(SearchHit::title)
                .extracting(t -> t.substring(0, t.indexOf(' ')))
                .containsExactlyInAnyOrder("黄*", "黄**", "唐**", "马*", "刘*");
        assertThat(customers).allMatch(h -> h.detail().endsWith("6949") || h.id() == 6949);
    }

    @Test
    void aRoleThatCannotSeeOrdersGetsNoOrderAndNoCustomerHits() {
        as(EnumSet.of(Permission.CATALOG_VIEW, Permission.AFTERSALES_VIEW));
        assertThat(search("3260505410606177943")).isEmpty();
        assertThat(search("tb5302003387")).isEmpty();
        assertThat(search("NF01-001-01")).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.SKU);
        assertThat(search("AS260505-0001")).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.TICKET);
    }

    @Test
    void aRoleThatSeesOnlyOrdersGetsNoSkusOrTickets() {
        as(EnumSet.of(Permission.ORDERS_VIEW));
        assertThat(search("NF01-001-01")).isEmpty();
        assertThat(search("AS260505-0001")).isEmpty();
        assertThat(search("3260505410606177943")).extracting(SearchHit::kind).containsExactly(SearchHit.Kind.ORDER);
    }

    @Test
    void aSignedOutDeskFindsNothing() {
        as(EnumSet.noneOf(Permission.class));
        assertThat(search("NF01")).isEmpty();
    }

    @Test
    void oneCharacterOrBlankSearchesNothing() {
        assertThat(search("N")).isEmpty();
        assertThat(search("   ")).isEmpty();
        assertThat(search(null)).isEmpty();
    }
}
