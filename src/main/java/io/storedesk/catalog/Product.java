package io.storedesk.catalog;

import java.util.List;

/** A product (SPU): the listing a shopper sees, grouping its SKUs. id 0 = not yet stored. */
public record Product(long id, String code, String title, Long categoryId, String brand, List<String> tags,
                      int version) {

    public Product {
        tags = List.copyOf(tags);
    }
}
