package io.storedesk.orders;

import io.storedesk.importing.ColumnMapping;
import io.storedesk.importing.FieldSpec;
import io.storedesk.importing.FieldType;
import io.storedesk.importing.ImportCancelledException;
import io.storedesk.importing.ImportKind;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowReader;
import io.storedesk.importing.SourceRow;
import io.storedesk.importing.UndoHandler;
import io.storedesk.importing.Update;
import io.storedesk.store.ShopSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The carrier rate card import: one row per lane (carrier, origin province, destination province) with
 * its first weight, first price, price per started extra kilogram and transit days. Creates the lanes the
 * store lacks and updates the others; a blank cell keeps the old value.
 */
public final class CarrierRateImport implements ImportKind {

    static final String CARRIER = "carrier";
    static final String ORIGIN = "origin";
    static final String DESTINATION = "destination";
    static final String FIRST_WEIGHT = "first_weight";
    static final String FIRST_PRICE = "first_price";
    static final String EXTRA_PRICE = "extra_price";
    static final String CURRENCY = "currency";
    static final String TRANSIT_DAYS = "transit_days";

    /** A first weight under 100 g is a weight written in kilograms (首重 1 = 1 kg), not a real first weight. */
    static final int MIN_FIRST_WEIGHT_GRAMS = 100;
    static final int MAX_FIRST_WEIGHT_GRAMS = 50_000;
    /** No parcel lane costs this much; a larger figure is a slip (cents typed as yuan, a weight in the price). */
    static final BigDecimal MAX_PRICE = new BigDecimal("10000");
    static final int MAX_TRANSIT_DAYS = 60;
    private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.required(CARRIER, FieldType.CODE, 100, "Carrier", "Carrier code", "carrier_code", "Courier",
                    "快递公司", "承运商", "快递", "物流公司", "快递公司编码", "承运商编码"),
            FieldSpec.required(ORIGIN, FieldType.TEXT, 32, "Origin", "Origin province", "origin_province", "From",
                    "始发省份", "始发省", "发货省份", "始发地", "发货地"),
            FieldSpec.required(DESTINATION, FieldType.TEXT, 32, "Destination", "Destination province",
                    "destination_province", "To", "目的省份", "目的省", "收货省份", "目的地", "收货地"),
            FieldSpec.optional(FIRST_WEIGHT, FieldType.INTEGER, 0, "First weight (g)", "First weight",
                    "first_weight_grams", "首重(克)", "首重(g)", "首重"),
            FieldSpec.optional(FIRST_PRICE, FieldType.DECIMAL, 0, "First price", "首重价格", "首重运费", "首重费用",
                    "首重(元)"),
            FieldSpec.optional(EXTRA_PRICE, FieldType.DECIMAL, 0, "Extra price per kg", "Extra per kg",
                    "extra_price_per_kg", "Additional price", "续重价格", "续重运费", "续重(元/kg)", "续重单价", "续重"),
            FieldSpec.optional(CURRENCY, FieldType.CODE, 8, "Currency", "币种", "货币"),
            FieldSpec.optional(TRANSIT_DAYS, FieldType.INTEGER, 0, "Transit days", "Estimated days", "Days",
                    "时效(天)", "时效", "预计天数", "运输天数"));

    private final CarrierRepository repository;
    private final ShopSettings shop;
    private final Clock clock;

    public CarrierRateImport(CarrierRepository repository, ShopSettings shop, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.clock = clock;
    }

    @Override
    public ImportKindId id() {
        return ImportKindId.CARRIER_RATES;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public ImportPlan plan(Iterator<SourceRow> rows, ColumnMapping mapping, ImportOptions options,
                           ImportProgress progress) {
        Map<String, FieldSpec> specs = FIELDS.stream().collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        List<CarrierRateImportRow> parsed = new ArrayList<>();
        while (rows.hasNext()) {
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            parsed.add(parse(new RowReader(rows.next(), mapping, specs)));
            if (parsed.size() % 1_000 == 0) {
                progress.rowsRead(parsed.size());
            }
        }
        progress.rowsRead(parsed.size());
        return new CarrierRateImportPlan(parsed, repository, shop.currency(), options.user(), clock,
                mapping::headerOf);
    }

    @Override
    public List<UndoHandler> undoHandlers() {
        return List.of(new CarrierRateUndo(repository, clock));
    }

    static CarrierRateImportRow parse(RowReader r) {
        for (String field : List.of(CARRIER, ORIGIN, DESTINATION)) {
            r.require(field);
        }
        String carrier = r.text(CARRIER).orElse("");
        Province origin = province(r, ORIGIN);
        Province destination = province(r, DESTINATION);
        Update<Integer> firstWeight = kept(r, FIRST_WEIGHT, firstWeight(r));
        Update<BigDecimal> firstPrice = kept(r, FIRST_PRICE, price(r, FIRST_PRICE));
        Update<BigDecimal> extraPrice = kept(r, EXTRA_PRICE, price(r, EXTRA_PRICE));
        Update<String> currency = kept(r, CURRENCY, currency(r));
        Update<Integer> transitDays = kept(r, TRANSIT_DAYS, whole(r, TRANSIT_DAYS, 0, MAX_TRANSIT_DAYS));
        return new CarrierRateImportRow(r.rowNumber(), carrier, origin, destination, firstWeight, firstPrice,
                extraPrice, currency, transitDays, r.problems());
    }

    /** Every price field of a lane is required by the store, so none can be emptied. */
    private static <T> Update<T> kept(RowReader r, String field, Optional<T> value) {
        Update<T> update = Update.of(r, field, value);
        if (update.clear()) {
            r.problem(field, "", "import.reason.cannotClear");
        }
        return update;
    }

    private static Province province(RowReader r, String field) {
        Optional<String> text = r.text(field);
        Optional<Province> province = text.flatMap(Province::parse);
        if (text.isPresent() && province.isEmpty()) {
            r.problem(field, text.get(), "import.reason.unknownProvince");
        }
        return province.orElse(null);
    }

    private static Optional<Integer> firstWeight(RowReader r) {
        Optional<Long> value = r.wholeNumber(FIRST_WEIGHT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long grams = value.get();
        if (grams < 0) {
            r.problem(FIRST_WEIGHT, String.valueOf(grams), "import.reason.negative");
        } else if (grams < MIN_FIRST_WEIGHT_GRAMS) {
            r.problem(FIRST_WEIGHT, String.valueOf(grams), "import.reason.firstWeightTooSmall",
                    MIN_FIRST_WEIGHT_GRAMS);
        } else if (grams > MAX_FIRST_WEIGHT_GRAMS) {
            r.problem(FIRST_WEIGHT, String.valueOf(grams), "import.reason.tooLarge", MAX_FIRST_WEIGHT_GRAMS);
        } else {
            return Optional.of((int) grams);
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> price(RowReader r, String field) {
        Optional<BigDecimal> value = r.decimal(field);
        if (value.isEmpty()) {
            return value;
        }
        BigDecimal v = value.get();
        if (v.signum() < 0) {
            r.problem(field, v.toPlainString(), "import.reason.negative");
        } else if (v.compareTo(MAX_PRICE) > 0) {
            r.problem(field, v.toPlainString(), "import.reason.tooLarge", MAX_PRICE.toPlainString());
        } else if (v.stripTrailingZeros().scale() > 4) {
            r.problem(field, v.toPlainString(), "import.reason.tooManyDecimals", 4);
        } else {
            return value;
        }
        return Optional.empty();
    }

    private static Optional<Integer> whole(RowReader r, String field, int min, int max) {
        Optional<Long> value = r.wholeNumber(field);
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            r.problem(field, String.valueOf(value.get()), value.get() < 0 ? "import.reason.negative"
                    : "import.reason.outOfRange", min, max);
            return Optional.empty();
        }
        return value.map(Long::intValue);
    }

    /** An ISO 4217 code; RMB and 人民币, as Chinese rate cards write the yuan, are CNY. */
    private static Optional<String> currency(RowReader r) {
        Optional<String> text = r.text(CURRENCY);
        if (text.isEmpty()) {
            return text;
        }
        String code = text.get().toUpperCase(Locale.ROOT);
        if (code.equals("RMB") || code.equals("人民币")) {
            return Optional.of("CNY");
        }
        if (!ISO_CURRENCIES.contains(code)) {
            r.problem(CURRENCY, text.get(), "import.reason.unknownCurrency");
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
