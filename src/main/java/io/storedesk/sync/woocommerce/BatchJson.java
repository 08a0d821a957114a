package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of POST /products/batch (and /products/{id}/variations/batch): one entry per updated object, either
 * the object or {"id":…,"error":{"code":…,"message":…}} for one WooCommerce refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BatchJson(List<Entry> update) {

    BatchJson {
        update = update == null ? List.of() : update;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(long id, Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(String code, String message) {
    }
}
