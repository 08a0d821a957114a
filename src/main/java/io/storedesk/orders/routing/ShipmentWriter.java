package io.storedesk.orders.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a plan's parcels into PlannedShipments, handing each item's units back to its order lines in order. */
final class ShipmentWriter {

    private ShipmentWriter() {
    }

    static List<PlannedShipment> write(OrderProblem p, List<Parcel> parcels) {
        int[][] left = new int[p.n][];
        for (int i = 0; i < p.n; i++) {
            left[i] = new int[p.lines[i].length];
            for (int l = 0; l < left[i].length; l++) {
                left[i][l] = p.lines[i][l].quantity();
            }
        }
        List<PlannedShipment> shipments = new ArrayList<>(parcels.size());
        for (Parcel parcel : parcels) {
            Map<Long, Integer> lineQuantities = new LinkedHashMap<>();
            for (int i = 0; i < p.n; i++) {
                int units = parcel.units[i];
                for (int l = 0; l < left[i].length && units > 0; l++) {
                    int taken = Math.min(units, left[i][l]);
                    if (taken > 0) {
                        lineQuantities.merge(p.lines[i][l].lineId(), taken, Integer::sum);
                        left[i][l] -= taken;
                        units -= taken;
                    }
                }
            }
            shipments.add(new PlannedShipment(parcel.site(p).id(), parcel.lane.card.id(), parcel.lane.card.service(),
                    lineQuantities, (int) Math.min(Integer.MAX_VALUE, parcel.weight),
                    Amounts.money(parcel.cost, parcel.lane.currency), LocalDate.ofEpochDay(parcel.shipDay(p)),
                    LocalDate.ofEpochDay(parcel.deliveryDay(p)), parcel.late));
        }
        return shipments;
    }
}
