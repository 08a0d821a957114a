package io.storedesk.sync.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An order note from /orders/{id}/notes. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NoteJson(long id, String note) {
}
