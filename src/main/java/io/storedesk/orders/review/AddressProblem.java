package io.storedesk.orders.review;

/** Something an address lacks or gets wrong that stops a courier from delivering it; shown as review.address.*. */
public enum AddressProblem {
    MISSING_PROVINCE, UNRECOGNISED_PROVINCE, MISSING_CITY, MISSING_STREET, MISSING_RECEIVER, MISSING_PHONE, BAD_PHONE;

    public String messageKey() {
        return "review.address." + name();
    }
}
