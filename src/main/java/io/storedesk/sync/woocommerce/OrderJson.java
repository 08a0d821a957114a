package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An order as /wp-json/wc/v3/orders answers it (only the fields we read; WooCommerce and its plugins add many
 * more, which are ignored). Amounts are strings in WooCommerce's JSON; dates without a zone, *_gmt in UTC.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderJson(long id, String number, String status, String currency, String dateCreatedGmt,
                 String dateModifiedGmt, String datePaidGmt, String discountTotal, String shippingTotal,
                 String total, long customerId, String customerNote, Address billing, Address shipping,
                 List<LineItem> lineItems, List<RefundRef> refunds) {

    OrderJson {
        lineItems = lineItems == null ? List.of() : lineItems;
        refunds = refunds == null ? List.of() : refunds;
    }

    /** billing and shipping share the shape; shipping.phone exists only since WooCommerce 5.6, email only on billing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Address(String firstName, String lastName, String company, @JsonProperty("address_1") String address1,
                   @JsonProperty("address_2") String address2, String city, String state, String postcode,
                   String country, String email, String phone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LineItem(long id, String name, long productId, long variationId, int quantity, String subtotal,
                    String total, String sku, List<Meta> metaData) {

        LineItem {
            metaData = metaData == null ? List.of() : metaData;
        }
    }

    /** The order's short list of its refunds: {"id":726,"refund":"","total":"-10.00"}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RefundRef(long id, String total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meta(long id, String key, JsonNode value) {
    }
}
