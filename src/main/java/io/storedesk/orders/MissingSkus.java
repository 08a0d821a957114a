package io.storedesk.orders;

import io.storedesk.catalog.MissingSkuWriter.NewSku;
import io.storedesk.catalog.SkuKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lines tell about each code, for creating the SKUs the catalog lacks: the first title given
 * (the code itself when no line has one) and the latest price it sold at (zero when it never sold).
 */
final class MissingSkus {

    private final Map<String, Seen> seen = new HashMap<>();

    void see(OrderImportRow row) {
        if (!row.problems().isEmpty()) {
            return;
        }
        Seen s = seen.computeIfAbsent(row.sku(), code -> new Seen());
        if (s.title == null && row.title() != null) {
            s.title = row.title();
        }
        boolean sold = row.quantity() > 0 && row.unitPrice().signum() > 0;
        if (sold && (s.pricedAt == null || !row.placedAt().isBefore(s.pricedAt))) {
            s.price = row.unitPrice();
            s.pricedAt = row.placedAt();
        }
    }

    /** The SKUs to create for these codes, in the order given. */
    List<NewSku> newSkus(Collection<String> codes, String currency) {
        List<NewSku> skus = new ArrayList<>(codes.size());
        for (String code : codes) {
            Seen s = seen.getOrDefault(code, new Seen());
            SkuKind kind = NonGoodsCodes.kindOf(code).map(k -> SkuKind.valueOf(k.name())).orElse(SkuKind.GOODS);
            skus.add(new NewSku(code, s.title != null ? s.title : code, s.price, currency, kind));
        }
        return skus;
    }

    private static final class Seen {
        private String title;
        private BigDecimal price = BigDecimal.ZERO;
        private Instant pricedAt;
    }
}
