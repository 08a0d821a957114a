package io.storedesk.importing;

/** One field a row changes, as the preview shows it: "price 99.00 → 89.00". */
public record FieldChange(String field, String before, String after) {
}
