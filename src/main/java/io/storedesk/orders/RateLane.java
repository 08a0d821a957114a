package io.storedesk.orders;

/** One lane of a carrier's rate card: from a province to a province, both by the full name the store keeps. */
public record RateLane(String carrierCode, String originProvince, String destinationProvince) {

    /** "SF:上海市→广东省", how import jobs name the lane; province names never hold ':' or '→'. */
    public String key() {
        return carrierCode + ":" + originProvince + "→" + destinationProvince;
    }

    public static RateLane parse(String key) {
        int arrow = key.lastIndexOf('→');
        int colon = key.lastIndexOf(':', arrow);
        return new RateLane(key.substring(0, colon), key.substring(colon + 1, arrow), key.substring(arrow + 1));
    }
}
