package io.storedesk.catalog;

import io.storedesk.common.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** A SKU as the catalog table shows it, with its product and category. */
public record SkuRow(long id, String code, String productCode, String title, String categoryName, String attributes,
                     String barcode, Money price, Money cost, LifecycleStage stage, boolean listed, SkuKind kind,
                     String tags, int version) {

    public Optional<BigDecimal> margin() {
        return Margins.margin(price, cost);
    }

    public MarginBand marginBand() {
        return MarginBand.of(price, cost);
    }

    /** The variant's values as shoppers see them ("月光灰 / M") from "颜色=月光灰;尺码=M". */
    public String variant() {
        return Variants.label(attributes);
    }
}
