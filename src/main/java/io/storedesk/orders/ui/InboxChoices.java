package io.storedesk.orders.ui;

import io.storedesk.orders.Carrier;
import io.storedesk.orders.ChannelName;
import io.storedesk.orders.routing.Site;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the inbox's filters and the route dialog offer, as the last reads of the store found them. */
public final class InboxChoices {

    private final ObservableList<ChannelName> channels = FXCollections.observableArrayList();
    private final ObservableList<String> provinces = FXCollections.observableArrayList();
    private final ObservableList<String> holdReasons = FXCollections.observableArrayList();
    private final ObservableList<Site> sites = FXCollections.observableArrayList();
    private final ObservableList<Carrier> carriers = FXCollections.observableArrayList();

    void update(OrderDesk.Choices read) {
        channels.setAll(read.channels());
        provinces.setAll(read.provinces());
        sites.setAll(read.sites());
        carriers.setAll(read.carriers());
    }

    /** The reasons orders are held for now; the one filtered by stays offered even when no order has it any more. */
    void holdReasons(List<String> now, String chosen) {
        List<String> offered = new ArrayList<>(now);
        if (chosen != null && !offered.contains(chosen)) {
            offered.add(chosen);
        }
        if (!offered.equals(holdReasons)) {
            holdReasons.setAll(offered);
        }
    }

    public ObservableList<ChannelName> channels() {
        return channels;
    }

    public ObservableList<String> provinces() {
        return provinces;
    }

    public ObservableList<String> holdReasons() {
        return holdReasons;
    }

    /** Warehouses a person may choose for an order's route, in order of preference. */
    public ObservableList<Site> sites() {
        return sites;
    }

    public ObservableList<Carrier> carriers() {
        return carriers;
    }
}
