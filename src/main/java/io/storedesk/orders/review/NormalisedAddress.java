package io.storedesk.orders.review;

import java.util.List;

/**
 * An address as the review reads it. province is the full Chinese name (null when missing or unrecognised; as
 * written for addresses outside the mainland); absent parts are null. mergeKey is equal for two spellings of one
 * place; problems come in {@link AddressProblem} order.
 */
public record NormalisedAddress(String province, String city, String district, String line, String mergeKey,
                                List<AddressProblem> problems) {

    public NormalisedAddress {
        problems = List.copyOf(problems);
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }
}
