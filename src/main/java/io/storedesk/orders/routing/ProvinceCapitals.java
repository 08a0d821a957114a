package io.storedesk.orders.routing;

import io.storedesk.orders.Province;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each province's capital lies, for the baseline router's "closest warehouse": the great-circle distance
 * between two provinces' capitals stands in for the distance between a warehouse and a customer.
 */
final class ProvinceCapitals {

    /** Used for a place no table row knows: far enough that any known warehouse is closer. */
    static final double UNKNOWN_KM = 5_000;
    private static final double EARTH_RADIUS_KM = 6_371;
    private static final Map<Province, double[]> LAT_LON = new EnumMap<>(Province.class);

    static {
        put(Province.BEIJING, 39.90, 116.41);
        put(Province.TIANJIN, 39.13, 117.20);
        put(Province.HEBEI, 38.04, 114.51);
        put(Province.SHANXI, 37.87, 112.55);
        put(Province.INNER_MONGOLIA, 40.84, 111.75);
        put(Province.LIAONING, 41.81, 123.43);
        put(Province.JILIN, 43.82, 125.32);
        put(Province.HEILONGJIANG, 45.80, 126.53);
        put(Province.SHANGHAI, 31.23, 121.47);
        put(Province.JIANGSU, 32.06, 118.80);
        put(Province.ZHEJIANG, 30.27, 120.16);
        put(Province.ANHUI, 31.82, 117.23);
        put(Province.FUJIAN, 26.07, 119.30);
        put(Province.JIANGXI, 28.68, 115.86);
        put(Province.SHANDONG, 36.65, 117.12);
        put(Province.HENAN, 34.75, 113.63);
        put(Province.HUBEI, 30.59, 114.31);
        put(Province.HUNAN, 28.23, 112.94);
        put(Province.GUANGDONG, 23.13, 113.26);
        put(Province.GUANGXI, 22.82, 108.37);
        put(Province.HAINAN, 20.04, 110.20);
        put(Province.CHONGQING, 29.56, 106.55);
        put(Province.SICHUAN, 30.57, 104.07);
        put(Province.GUIZHOU, 26.65, 106.63);
        put(Province.YUNNAN, 25.04, 102.71);
        put(Province.TIBET, 29.65, 91.17);
        put(Province.SHAANXI, 34.34, 108.94);
        put(Province.GANSU, 36.06, 103.83);
        put(Province.QINGHAI, 36.62, 101.78);
        put(Province.NINGXIA, 38.49, 106.23);
        put(Province.XINJIANG, 43.83, 87.62);
    }

    private ProvinceCapitals() {
    }

    private static void put(Province province, double latitude, double longitude) {
        LAT_LON.put(province, new double[] {Math.toRadians(latitude), Math.toRadians(longitude)});
    }

    /** Kilometres between the capitals of two provinces (any name Province.parse reads), UNKNOWN_KM if unknown. */
    static double distanceKm(String from, String to) {
        Optional<Province> a = Province.parse(from);
        Optional<Province> b = Province.parse(to);
        if (a.isEmpty() || b.isEmpty()) {
            return UNKNOWN_KM;
        }
        double[] p = LAT_LON.get(a.get());
        double[] q = LAT_LON.get(b.get());
        // Haversine: stable for the short distances between neighbouring capitals.
        double dLat = q[0] - p[0];
        double dLon = q[1] - p[1];
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(p[0]) * Math.cos(q[0]) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The store's full name for any way of writing a province; other text stripped and kept; null stays null. */
    static String canonical(String province) {
        if (province == null) {
            return null;
        }
        return Province.parse(province).map(Province::fullName).orElse(province.strip());
    }
}
