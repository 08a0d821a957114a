package io.storedesk.orders.review;

import io.storedesk.orders.Address;
import io.storedesk.orders.Province;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an address the way channels send it (short or English province names, everything in one field, full-width
 * characters, the street repeating the province and city) into one canonical form that the review checks and
 * that merge detection compares.
 */
public final class AddressNormaliser {

    private static final Set<String> MAINLAND = Set.of("", "cn", "chn", "china", "中国", "中国大陆", "中华人民共和国");
    // What channels put in the city field of a municipality instead of its name.
    private static final Set<String> MUNICIPAL_PLACEHOLDERS = Set.of("市辖区", "城区", "郊县", "县");
    private static final Address EMPTY = new Address(null, null, null, null, null, null, null);

    public NormalisedAddress normalise(Address address) {
        Address a = address == null ? EMPTY : address;
        Set<AddressProblem> problems = EnumSet.noneOf(AddressProblem.class);
        if (Text.fold(a.name()).isEmpty()) {
            problems.add(AddressProblem.MISSING_RECEIVER);
        }
        String country = Text.fold(a.country());
        boolean mainland = MAINLAND.contains(country.toLowerCase(Locale.ROOT));
        Phones.problem(a.phone(), mainland).ifPresent(problems::add);
        return mainland ? mainland(a, problems) : abroad(a, country, problems);
    }

    private NormalisedAddress mainland(Address a, Set<AddressProblem> problems) {
        String provinceText = Text.fold(a.province());
        String city = Text.fold(a.city());
        String district = Text.fold(a.district());
        // Text still to be read in order: what followed the province in its field, then the street line.
        String flow = Text.fold(a.line());
        Province province = null;
        if (!provinceText.isEmpty()) {
            Optional<PlaceNames.Found<Province>> found = PlaceNames.province(provinceText, true);
            if (found.isPresent()) {
                province = found.get().value();
                flow = join(found.get().rest(), flow);
            } else {
                problems.add(AddressProblem.UNRECOGNISED_PROVINCE);
            }
        } else {
            // No province field: some channels start the city field or the whole line with it. A short name at the
            // front of the line only counts when the whole address is in the line; beside a city it may be a street.
            Optional<PlaceNames.Found<Province>> inCity = city.isEmpty() ? Optional.empty()
                    : PlaceNames.province(city, true);
            Optional<PlaceNames.Found<Province>> inLine = inCity.isPresent() ? Optional.empty()
                    : PlaceNames.province(flow, city.isEmpty());
            if (inCity.isPresent()) {
                province = inCity.get().value();
                city = inCity.get().rest();
            } else if (inLine.isPresent()) {
                province = inLine.get().value();
                flow = inLine.get().rest();
            } else {
                problems.add(AddressProblem.MISSING_PROVINCE);
            }
        }
        if (province != null) {
            flow = PlaceNames.peel(flow, province.fullName(), province.shortName() + " ");
        }
        if (province != null && PlaceNames.MUNICIPALITIES.contains(province)) {
            // 北京 / 朝阳区: the city field holds the district, the city is the municipality itself.
            String rest = Province.parse(city).isPresent() ? ""
                    : PlaceNames.peel(city, province.fullName(), province.shortName() + " ");
            if (district.isEmpty() && !rest.isEmpty() && !MUNICIPAL_PLACEHOLDERS.contains(rest)) {
                district = rest;
            }
            city = province.fullName();
        } else if (!city.isEmpty()) {
            city = PlaceNames.fullCity(province == null ? city
                    : PlaceNames.peel(city, province.fullName(), province.shortName() + " "));
        } else {
            Optional<PlaceNames.Found<String>> found = PlaceNames.city(flow);
            city = found.map(PlaceNames.Found::value).orElse("");
            flow = found.map(PlaceNames.Found::rest).orElse(flow);
        }
        flow = PlaceNames.peel(flow, city);
        if (district.isEmpty()) {
            Optional<PlaceNames.Found<String>> found = PlaceNames.district(flow);
            district = found.map(PlaceNames.Found::value).orElse("");
            flow = found.map(PlaceNames.Found::rest).orElse(flow);
        }
        String line = PlaceNames.peel(flow, district);
        if (city.isEmpty()) {
            problems.add(AddressProblem.MISSING_CITY);
        }
        if (line.isEmpty()) {
            problems.add(AddressProblem.MISSING_STREET);
        }
        String provinceName = province == null ? null : province.fullName();
        String mergeKey = String.join("|", Text.key(provinceName == null ? provinceText : provinceName),
                Text.key(city), Text.key(district), Text.key(line));
        return new NormalisedAddress(provinceName, Text.nullIfEmpty(city), Text.nullIfEmpty(district),
                Text.nullIfEmpty(line), mergeKey, List.copyOf(problems));
    }

    /** Outside the mainland the parts are kept as written; there is no province list to check them against. */
    private NormalisedAddress abroad(Address a, String country, Set<AddressProblem> problems) {
        String province = Text.fold(a.province());
        String city = Text.fold(a.city());
        String district = Text.fold(a.district());
        String line = Text.fold(a.line());
        if (city.isEmpty()) {
            problems.add(AddressProblem.MISSING_CITY);
        }
        if (line.isEmpty()) {
            problems.add(AddressProblem.MISSING_STREET);
        }
        String mergeKey = String.join("|", Text.key(country), Text.key(province), Text.key(city),
                Text.key(district), Text.key(line));
        return new NormalisedAddress(Text.nullIfEmpty(province), Text.nullIfEmpty(city),
                Text.nullIfEmpty(district), Text.nullIfEmpty(line), mergeKey, List.copyOf(problems));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }
}
