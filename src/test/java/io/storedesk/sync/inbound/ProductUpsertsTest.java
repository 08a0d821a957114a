package io.storedesk.sync.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.InboundStore.InboundResult;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteVariant;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pulled listings mapped to our SKUs, missing SKUs created, field differences resolved by the channel's policy. */
class ProductUpsertsTest {

    // One demo copy for the class: each test uses its own SKUs and listing ids.
    private static InboundFixture f;

    @BeforeAll
    static void open() {
        f = new InboundFixture();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void variantsMapToOurSkusAndAVariantWeLackBecomesANewSku() {
        Record ours = goodsSku(0);
        RemoteProduct p = new RemoteProduct("900", ours.get(4, String.class), "Bebele", "toys", "active", null,
                List.of(variant("9001", ours.get(0, String.class), ours.get(1, BigDecimal.class),
                        ours.get(2, String.class), ours.get(3, Integer.class)),
                        new RemoteVariant("9002", "SYNC-NEW-1", "Blue / L", new BigDecimal("59.00"), "6900000000017",
                                350, "inv-9002")));

        InboundResult result = f.store(f.shopify, SyncResource.PRODUCTS, List.of(p));

        // The new SKU is created; the demo may already map our SKU on this channel, which then takes the ids.
        assertThat(result.created()).isPositive();
        assertThat(result.created() + result.updated()).isEqualTo(2);
        assertThat(result.problems()).isEmpty();
        assertThat(f.dsl.fetch("SELECT external_sku, external_product_id, external_variant_id, listed FROM channel_sku"
                        + " WHERE channel_id = " + f.shopify.id() + " AND external_product_id = '900'"
                        + " ORDER BY external_variant_id").map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " "
                        + r.get(3)))
                .containsExactly(ours.get(0) + " 900 9001 true", "SYNC-NEW-1 900 9002 true");
        assertThat(f.value("SELECT external_item_id FROM channel_sku WHERE external_sku = 'SYNC-NEW-1'"))
                .isEqualTo("inv-9002");
        Record created = f.dsl.fetchOne("SELECT s.price, s.barcode, s.weight_grams, s.attributes, s.kind,"
                + " s.updated_by, p.code, p.title FROM sku s JOIN product p ON p.id = s.product_id"
                + " WHERE s.code = 'SYNC-NEW-1'");
        assertThat(created.get(0, BigDecimal.class)).isEqualByComparingTo("59.00");
        assertThat(created.get(1)).isEqualTo("6900000000017");
        assertThat(created.get(2)).isEqualTo(350);
        assertThat(created.get(3)).isEqualTo("Blue / L");
        assertThat(created.get(4)).isEqualTo("GOODS");
        assertThat(created.get(5)).isEqualTo("sync:SHOPIFY");
        assertThat(created.get(6)).isEqualTo("SHOPIFY-900");

        InboundResult again = f.store(f.shopify, SyncResource.PRODUCTS, List.of(p));

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated() + again.conflicts()).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM sku WHERE code = 'SYNC-NEW-1'")).isEqualTo(1);
        assertThat(f.count("SELECT COUNT(*) FROM channel_sku WHERE external_product_id = '900'")).isEqualTo(2);
    }

    @Test
    void aVariantWithoutASkuCodeIsRefusedNamingItsProductAndVariant() {
        RemoteProduct p = new RemoteProduct("901", "Plush bear", null, null, "active", null,
                List.of(new RemoteVariant("9011", " ", "Red", BigDecimal.TEN, null, null, null)));

        InboundResult result = f.store(f.shopify, SyncResource.PRODUCTS, List.of(p));

        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains("Plush bear", "901", "Red", "9011");
        assertThat(f.count("SELECT COUNT(*) FROM channel_sku WHERE external_product_id = '901'")).isZero();
    }

    @Test
    void underTheDefaultLocalPolicyOurPriceStandsAndTheDifferenceIsLoggedOnce() {
        Record ours = goodsSku(1);
        String code = ours.get(0, String.class);
        BigDecimal price = ours.get(1, BigDecimal.class);
        RemoteProduct p = new RemoteProduct("902", ours.get(4, String.class), null, null, "draft", null,
                List.of(variant("9021", code, price.add(BigDecimal.ONE), ours.get(2, String.class),
                        ours.get(3, Integer.class))));

        InboundResult result = f.store(f.shopify, SyncResource.PRODUCTS, List.of(p));
        InboundResult again = f.store(f.shopify, SyncResource.PRODUCTS, List.of(p));

        assertThat(f.value("SELECT price FROM sku WHERE code = '" + code + "'")).isEqualTo(price);
        assertThat(result.conflicts()).isEqualTo(1);
        assertThat(again.conflicts()).isZero();
        assertThat(f.dsl.fetch("SELECT field, local_value, remote_value, winner FROM sync_conflict"
                        + " WHERE entity = 'SKU' AND entity_key = '" + code + "'").map(r -> r.get(0) + " " + r.get(1)
                        + " " + r.get(2) + " " + r.get(3)))
                .containsExactly("price " + plain(price) + " " + plain(price.add(BigDecimal.ONE)) + " LOCAL");
        assertThat(f.value("SELECT listed FROM channel_sku WHERE external_sku = '" + code + "' AND channel_id = "
                + f.shopify.id())).isEqualTo(false);
    }

    @Test
    void underARemotePolicyTheChannelsPriceAndTitleAreTakenAndLogged() {
        f.dsl.execute("UPDATE channel SET settings_json = '{\"fieldPolicy\": {\"title\": \"REMOTE\", \"price\": \"remote\"}}'"
                + " WHERE code = 'JD'");
        Channel jd = new ChannelRepository(f.dsl).findByCode("JD").orElseThrow();
        Record ours = goodsSku(2);
        String code = ours.get(0, String.class);
        int version = f.count("SELECT version FROM sku WHERE code = '" + code + "'");
        RemoteProduct p = new RemoteProduct("903", "京东新标题", null, null, "active", null,
                List.of(variant("9031", code, new BigDecimal("1.23"), ours.get(2, String.class),
                        ours.get(3, Integer.class))));

        InboundResult result = f.store(jd, SyncResource.PRODUCTS, List.of(p));

        assertThat(result.created() + result.updated()).isEqualTo(1);
        assertThat(result.conflicts()).isEqualTo(2);
        Record sku = f.dsl.fetchOne("SELECT s.price, s.version, s.updated_by, p.title, p.updated_by FROM sku s"
                + " JOIN product p ON p.id = s.product_id WHERE s.code = '" + code + "'");
        assertThat(sku.get(0, BigDecimal.class)).isEqualByComparingTo("1.23");
        assertThat(sku.get(1)).isEqualTo(version + 1);
        assertThat(sku.get(2)).isEqualTo("sync:JD");
        assertThat(sku.get(3)).isEqualTo("京东新标题");
        assertThat(sku.get(4)).isEqualTo("sync:JD");
        assertThat(f.dsl.fetch("SELECT entity, field, local_value, remote_value, winner FROM sync_conflict"
                        + " WHERE channel_id = " + jd.id() + " ORDER BY entity").map(r -> r.get(0) + " " + r.get(1)
                        + " " + r.get(3) + " " + r.get(4)))
                .containsExactly("PRODUCT title 京东新标题 REMOTE", "SKU price 1.23 REMOTE");
        assertThat(f.count("SELECT COUNT(*) FROM sku WHERE search_text LIKE '%京东新标题%'")).isPositive();
    }

    private static RemoteVariant variant(String id, String code, BigDecimal price, String barcode, Integer grams) {
        return new RemoteVariant(id, code, "Default Title", price, barcode, grams, null);
    }

    /** The n-th goods SKU of the demo that is no bundle, with its product's title. */
    private static Record goodsSku(int n) {
        return f.dsl.fetchOne("SELECT s.code, s.price, s.barcode, s.weight_grams, p.title FROM sku s"
                + " JOIN product p ON p.id = s.product_id WHERE s.kind = 'GOODS' AND s.bundle = FALSE"
                + " ORDER BY s.code OFFSET " + n + " ROWS FETCH NEXT 1 ROWS ONLY");
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
