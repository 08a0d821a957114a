package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A refund as /orders/{id}/refunds answers it. amount is positive, but the line items' quantity and total are
 * negative (WooCommerce stores a refund as a negative order); the order line a refund line gives back is in its
 * meta "_refunded_item_id".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RefundJson(long id, String dateCreatedGmt, String amount, String reason, List<OrderJson.LineItem> lineItems) {

    RefundJson {
        lineItems = lineItems == null ? List.of() : lineItems;
    }
}
