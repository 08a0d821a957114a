package io.storedesk.catalog;

import java.util.Locale;

/** What the catalog table asks for: free text over code, title, barcode and tags, and a page size. */
public record SkuSearch(String text, int limit) {

    public SkuSearch {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** The lower-cased text the store indexes for a SKU, so one LIKE finds any of its names. */
    public static String searchText(String code, String title, String barcode, String tags, String attributes) {
        return String.join("|", nz(code), nz(title), nz(barcode), nz(tags), nz(attributes)).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
