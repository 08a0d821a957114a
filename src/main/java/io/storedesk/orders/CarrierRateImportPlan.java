package io.storedesk.orders;

import io.storedesk.common.MessageKey;
import io.storedesk.common.Money;
import io.storedesk.common.UserFacingException;
import io.storedesk.importing.ChangeRecord;
import io.storedesk.importing.FieldChange;
import io.storedesk.importing.HeaderNames;
import io.storedesk.importing.ImportJobRecorder;
import io.storedesk.importing.ImportPlan;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.importing.Update;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides, for every rate card row, whether it opens a new lane, changes a lane's prices, changes nothing
 * or is refused, and writes the accepted rows recording the lanes' values before.
 */
final class CarrierRateImportPlan implements ImportPlan {

    /** The first weight the store gives a lane when none is written (the column's default). */
    static final int DEFAULT_FIRST_WEIGHT_GRAMS = 1000;

    private final CarrierRepository repository;
    private final String currency;
    private final String user;
    private final Clock clock;
    private final Function<String, String> headerOf;
    private final List<RowOutcome> outcomes = new ArrayList<>();
    private final Map<RateLane, CarrierRate> newRates = new LinkedHashMap<>();
    private final List<RateChange> changedRates = new ArrayList<>();
    private final Map<String, Carrier> carriersByCode = new HashMap<>();
    /** Carriers by code or name as people write them: "sf", "ＳＦ", "顺丰速运" (case, width and spaces ignored). */
    private final Map<String, Carrier> carriersByWrittenName = new HashMap<>();
    private final String carrierCodes;

    private record RateChange(StoredRate before, CarrierRate after) {
    }

    CarrierRateImportPlan(List<CarrierRateImportRow> rows, CarrierRepository repository, String currency, String user,
                          Clock clock, Function<String, String> headerOf) {
        this.repository = repository;
        this.currency = currency;
        this.user = user;
        this.clock = clock;
        this.headerOf = headerOf;
        List<Carrier> all = repository.carriers();
        all.forEach(c -> carriersByCode.put(c.code(), c));
        all.forEach(c -> carriersByWrittenName.putIfAbsent(HeaderNames.normalize(c.code()), c));
        all.forEach(c -> carriersByWrittenName.putIfAbsent(HeaderNames.normalize(c.name()), c));
        this.carrierCodes = all.stream().map(Carrier::code).collect(Collectors.joining(", "));
        Set<String> named = rows.stream().map(r -> carrier(r.carrier())).filter(Objects::nonNull).map(Carrier::code)
                .collect(Collectors.toSet());
        Map<RateLane, StoredRate> existing = repository.storedRates(named);
        Map<RateLane, Long> firstRow = new HashMap<>();
        for (CarrierRateImportRow row : rows) {
            outcomes.add(decide(row, existing, firstRow));
        }
    }

    private Carrier carrier(String written) {
        if (written.isEmpty()) {
            return null;
        }
        Carrier exact = carriersByCode.get(written);
        return exact != null ? exact : carriersByWrittenName.get(HeaderNames.normalize(written));
    }

    private RowOutcome decide(CarrierRateImportRow row, Map<RateLane, StoredRate> existing,
                              Map<RateLane, Long> firstRow) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        Carrier carrier = carrier(row.carrier());
        if (carrier == null && !row.carrier().isEmpty()) {
            problems.add(problem(row, CarrierRateImport.CARRIER, row.carrier(), "import.reason.unknownCarrier",
                    carrierCodes));
        }
        RateLane lane = carrier == null || row.origin() == null || row.destination() == null ? null
                : new RateLane(carrier.code(), row.origin().fullName(), row.destination().fullName());
        // A lane seen twice is refused the second time even when its first row was refused itself: which of
        // the two rows was meant is for the person to say.
        if (lane != null) {
            Long earlier = firstRow.putIfAbsent(lane, row.row());
            if (earlier != null) {
                problems.add(problem(row, CarrierRateImport.CARRIER, row.carrier(), "import.reason.duplicateLane",
                        earlier, display(lane)));
            }
        }
        String key = lane != null ? lane.key() : row.carrier() + ":" + fullName(row.origin()) + "→"
                + fullName(row.destination());
        if (!problems.isEmpty()) {
            return RowOutcome.refused(row.row(), key, problems);
        }
        StoredRate current = existing.get(lane);
        return current == null ? create(row, lane, carrier) : change(row, current);
    }

    private RowOutcome create(CarrierRateImportRow row, RateLane lane, Carrier carrier) {
        List<RowProblem> problems = new ArrayList<>();
        needed(row, CarrierRateImport.FIRST_PRICE, row.firstPrice(), problems);
        needed(row, CarrierRateImport.EXTRA_PRICE, row.extraPrice(), problems);
        needed(row, CarrierRateImport.TRANSIT_DAYS, row.transitDays(), problems);
        if (!problems.isEmpty()) {
            return RowOutcome.refused(row.row(), lane.key(), problems);
        }
        String laneCurrency = row.currency().applyTo(currency);
        CarrierRate rate = new CarrierRate(carrier.id(), lane.originProvince(), lane.destinationProvince(),
                row.firstWeight().applyTo(DEFAULT_FIRST_WEIGHT_GRAMS), new Money(row.firstPrice().value(), laneCurrency),
                new Money(row.extraPrice().value(), laneCurrency), row.transitDays().value());
        newRates.put(lane, rate);
        return new RowOutcome(row.row(), lane.key(), RowStatus.NEW, List.of(), List.of(),
                CarrierRateValues.changes(Map.of(), CarrierRateValues.of(rate)));
    }

    /** The store has no default for a lane's prices and transit days: a new lane must give them. */
    private void needed(CarrierRateImportRow row, String field, Update<?> update, List<RowProblem> problems) {
        if (!update.given()) {
            problems.add(problem(row, field, "", "import.reason.neededForNewLane",
                    new MessageKey("import.field." + field)));
        }
    }

    private RowOutcome change(CarrierRateImportRow row, StoredRate current) {
        CarrierRate was = current.rate();
        String laneCurrency = row.currency().applyTo(was.firstPrice().currency());
        CarrierRate after = new CarrierRate(was.carrierId(), was.originProvince(), was.destinationProvince(),
                row.firstWeight().applyTo(was.firstWeightGrams()),
                new Money(row.firstPrice().applyTo(was.firstPrice().amount()), laneCurrency),
                new Money(row.extraPrice().applyTo(was.extraPricePerKg().amount()), laneCurrency),
                row.transitDays().applyTo(was.transitDays()));
        List<FieldChange> changes = CarrierRateValues.changes(CarrierRateValues.of(was), CarrierRateValues.of(after));
        if (changes.isEmpty()) {
            return new RowOutcome(row.row(), current.lane().key(), RowStatus.UNCHANGED, List.of(), List.of(), changes);
        }
        changedRates.add(new RateChange(current, after));
        return new RowOutcome(row.row(), current.lane().key(), RowStatus.CHANGED, List.of(), List.of(), changes);
    }

    @Override
    public List<RowOutcome> outcomes() {
        return outcomes;
    }

    @Override
    public void apply(ImportJobRecorder recorder, ImportProgress progress) {
        repository.insertRates(List.copyOf(newRates.values()), user);
        newRates.forEach((lane, rate) -> recorder.record(new ChangeRecord(CarrierRateUndo.ENTITY, lane.key(),
                ChangeRecord.Operation.INSERT, Map.of(), CarrierRateValues.of(rate), 0)));
        List<StoredRate> updates = changedRates.stream().map(c -> new StoredRate(c.before().id(),
                c.before().carrierCode(), c.after(), c.before().version())).toList();
        List<Long> stale = repository.updateRates(updates, user, clock.instant());
        if (!stale.isEmpty()) {
            throw new UserFacingException("import.error.changedMeanwhile", stale.size());
        }
        for (RateChange c : changedRates) {
            recorder.record(new ChangeRecord(CarrierRateUndo.ENTITY, c.before().lane().key(),
                    ChangeRecord.Operation.UPDATE, CarrierRateValues.of(c.before().rate()),
                    CarrierRateValues.of(c.after()), c.before().version() + 1));
        }
        progress.rowsApplied(newRates.size() + changedRates.size());
    }

    private static String fullName(Province province) {
        return province == null ? "" : province.fullName();
    }

    /** "SF 上海市 → 广东省", as the refusal shows the lane. */
    private static String display(RateLane lane) {
        return lane.carrierCode() + " " + lane.originProvince() + " → " + lane.destinationProvince();
    }

    private RowProblem problem(CarrierRateImportRow row, String field, String value, String reasonKey,
                               Object... arguments) {
        return new RowProblem(row.row(), headerOf.apply(field), value, new MessageKey(reasonKey, arguments));
    }
}
