package io.storedesk.catalog;

import java.util.Locale;

/**
 * What the catalog table shows: free text over code, title, barcode, tags and variant; a category (its
 * sub-categories included; {@link #UNCATEGORISED} for products without one); a stage, listed or delisted,
 * a margin band (null = any); the sort; and which page.
 */
public record CatalogQuery(String text, Long categoryId, LifecycleStage stage, Boolean listed, MarginBand marginBand,
                           SkuSort sort, boolean descending, int offset, int limit) {

    /** The category id that stands for "no category". */
    public static final long UNCATEGORISED = -1;

    public CatalogQuery {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? SkuSort.CATALOG : sort;
        if (limit <= 0 || offset < 0) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public static CatalogQuery all(int limit) {
        return new CatalogQuery("", null, null, null, null, SkuSort.CATALOG, false, 0, limit);
    }

    public CatalogQuery withText(String newText) {
        return new CatalogQuery(newText, categoryId, stage, listed, marginBand, sort, descending, 0, limit);
    }

    public CatalogQuery withCategory(Long id) {
        return new CatalogQuery(text, id, stage, listed, marginBand, sort, descending, 0, limit);
    }

    public CatalogQuery withStage(LifecycleStage newStage) {
        return new CatalogQuery(text, categoryId, newStage, listed, marginBand, sort, descending, 0, limit);
    }

    public CatalogQuery withListed(Boolean newListed) {
        return new CatalogQuery(text, categoryId, stage, newListed, marginBand, sort, descending, 0, limit);
    }

    public CatalogQuery withMarginBand(MarginBand band) {
        return new CatalogQuery(text, categoryId, stage, listed, band, sort, descending, 0, limit);
    }

    public CatalogQuery sortedBy(SkuSort newSort, boolean newDescending) {
        return new CatalogQuery(text, categoryId, stage, listed, marginBand, newSort, newDescending, 0, limit);
    }

    public CatalogQuery page(int newOffset) {
        return new CatalogQuery(text, categoryId, stage, listed, marginBand, sort, descending, newOffset, limit);
    }
}
