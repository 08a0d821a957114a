package io.storedesk.aftersales.returns;

import io.storedesk.common.Money;

/** A refund given: how much, what the rules allowed (the quote), and who approved it. */
public record IssuedRefund(String ticketCode, Money amount, RefundQuote quote, String approvedBy) {
}
