package io.storedesk.orders;

/** A place a carrier does not deliver to; city null = the whole province. */
public record CarrierExclusion(long carrierId, String province, String city, String reason) {

    public boolean excludes(String destinationProvince, String destinationCity) {
        return province.equals(destinationProvince) && (city == null || city.equals(destinationCity));
    }
}
