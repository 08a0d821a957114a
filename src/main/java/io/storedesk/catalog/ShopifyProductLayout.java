package io.storedesk.catalog;

import io.storedesk.importing.CellValues;
import io.storedesk.importing.HeaderNames;
import io.storedesk.importing.SourceCell;
import io.storedesk.importing.SourceRow;
import io.storedesk.importing.TabularSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Shopify's product CSV template read as a catalog: one row per variant, where only a product's first row
 * carries its title, vendor, type, tags and option names. Those are carried down to the product's other
 * rows; options become attributes (Color=Green;Size=S); grams are rounded to whole grams; rows that only
 * add an image are skipped.
 */
final class ShopifyProductLayout implements TabularSource {

    static final List<String> HEADER = List.of("sku", "product", "title", "brand", "category", "tags", "listed",
            "attributes", "price", "cost", "weight", "barcode");

    private final TabularSource source;
    private final Map<String, Integer> column = new HashMap<>();

    ShopifyProductLayout(TabularSource source) {
        this.source = source;
        List<String> header = source.header();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(HeaderNames.normalize(header.get(i)), i);
        }
    }

    static boolean matches(List<String> header) {
        List<String> names = header.stream().map(HeaderNames::normalize).toList();
        return names.contains("handle") && names.contains("variantsku") && names.contains("variantprice");
    }

    @Override
    public String fileName() {
        return source.fileName();
    }

    @Override
    public String description() {
        return source.description() + ", Shopify product template";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public Iterator<SourceRow> rows() {
        Iterator<SourceRow> rows = source.rows();
        return new Iterator<>() {
            private final Map<String, String> product = new HashMap<>();
            private final List<String> optionNames = new ArrayList<>(List.of("", "", ""));
            private String handle = "";
            private SourceRow pending;

            @Override
            public boolean hasNext() {
                while (pending == null && rows.hasNext()) {
                    pending = convert(rows.next());
                }
                return pending != null;
            }

            @Override
            public SourceRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = pending;
                pending = null;
                return row;
            }

            private SourceRow convert(SourceRow row) {
                String rowHandle = text(row, "handle");
                if (!rowHandle.equals(handle)) {
                    handle = rowHandle;
                    product.clear();
                    for (int i = 0; i < 3; i++) {
                        optionNames.set(i, text(row, "option" + (i + 1) + "name"));
                    }
                }
                for (String field : List.of("title", "vendor", "type", "productcategory", "tags", "status",
                        "published")) {
                    String value = text(row, field);
                    if (!value.isEmpty()) {
                        product.putIfAbsent(field, value);
                    }
                }
                if (text(row, "variantsku").isEmpty() && text(row, "variantprice").isEmpty()) {
                    return null;
                }
                String category = product.getOrDefault("type", product.getOrDefault("productcategory", ""));
                return new SourceRow(row.number(), List.of(
                        cell(row, "variantsku"), SourceCell.text(handle), SourceCell.text(product.getOrDefault("title", "")),
                        SourceCell.text(product.getOrDefault("vendor", "")), SourceCell.text(category),
                        SourceCell.text(product.getOrDefault("tags", "")), SourceCell.text(listed()),
                        SourceCell.text(attributes(row)), cell(row, "variantprice"), cell(row, "costperitem"),
                        SourceCell.text(grams(text(row, "variantgrams"))), cell(row, "variantbarcode")));
            }

            private String listed() {
                String status = product.getOrDefault("status", product.getOrDefault("published", ""));
                return CellValues.bool(status).map(String::valueOf).orElse(status);
            }

            private String attributes(SourceRow row) {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    String value = text(row, "option" + (i + 1) + "value");
                    if (!value.isEmpty() && !value.equals("Default Title")) {
                        String name = optionNames.get(i).isEmpty() ? "Option" + (i + 1) : optionNames.get(i);
                        pairs.add(name + "=" + value);
                    }
                }
                return String.join(";", pairs);
            }
        };
    }

    private static String grams(String text) {
        return CellValues.decimal(text).map(g -> g.setScale(0, RoundingMode.HALF_UP))
                .map(BigDecimal::toPlainString).orElse(text);
    }

    private String text(SourceRow row, String normalizedName) {
        return cell(row, normalizedName).text().strip();
    }

    private SourceCell cell(SourceRow row, String normalizedName) {
        Integer index = column.get(normalizedName);
        return index == null ? SourceCell.EMPTY : row.cell(index);
    }

    @Override
    public void close() {
        source.close();
    }
}
