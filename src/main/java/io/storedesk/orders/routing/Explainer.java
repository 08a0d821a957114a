package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assembles the explanation of a routed order: warehouses, then parcel by parcel, then lines left for later. */
final class Explainer {

    private Explainer() {
    }

    static List<Reason> engine(OrderProblem p, PlanSearch search, List<Parcel> parcels) {
        List<Reason> reasons = new ArrayList<>(6);
        SiteReasons.summary(p, search, parcels, reasons);
        details(p, parcels, SiteReasons.parts(p, parcels), false, reasons);
        return reasons;
    }

    /** After the choice of warehouses: parcel by parcel, divided items, excluded carriers, lines left out. */
    static void details(OrderProblem p, List<Parcel> parcels, Map<Integer, Reason> parts, boolean ignoreLate,
                        List<Reason> out) {
        CarrierReasons.add(p, parcels, parts, ignoreLate, out);
        SiteReasons.quantitySplits(p, parcels, out);
        CarrierReasons.exclusions(p, parcels, out);
        lines(p, out);
    }

    /** Presale lines wait for the goods; lines without a quantity are ignored. */
    static void lines(OrderProblem p, List<Reason> out) {
        for (RouteLine line : p.presale) {
            out.add(Reason.because("presaleLeft", String.valueOf(line.lineId()), line.skuCode(), line.quantity()));
        }
        for (RouteLine line : p.ignored) {
            out.add(Reason.because("zeroQuantity", String.valueOf(line.lineId()), line.skuCode()));
        }
    }
}
