package io.storedesk.orders;

import io.storedesk.security.PersonalData;

/**
 * An order as it may be shown to anyone: the receiver's name and phone masked, the address cut to country,
 * province and city (routing reads the stored order, never this copy).
 */
final class MaskedOrders {

    private MaskedOrders() {
    }

    static Order masked(Order o) {
        return new Order(o.id(), o.channelId(), o.externalId(), o.customerId(), o.status(), o.presale(), o.placedAt(),
                o.paidAt(), o.promisedDays(), o.goodsAmount(), o.shippingFee(), o.discountAmount(), o.totalAmount(),
                o.buyerNote(), masked(o.shipTo()), o.holdReason(), o.promotionId(), o.version(), o.lines());
    }

    static Address masked(Address a) {
        return a == null ? null : new Address(PersonalData.name(a.name()), PersonalData.phone(a.phone()), a.country(),
                a.province(), a.city(), null, null);
    }
}
