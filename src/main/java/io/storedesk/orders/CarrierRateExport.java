package io.storedesk.orders;

import io.storedesk.importing.SpreadsheetWriter;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes every carrier's rate card to CSV or XLSX, one lane a row, with the import's own column names:
 * a rate card exported, edited and imported again changes exactly what was edited.
 */
public final class CarrierRateExport {

    static final List<String> ENGLISH = List.of("Carrier", "Origin", "Destination", "First weight (g)", "First price",
            "Extra price per kg", "Currency", "Transit days");
    static final List<String> CHINESE = List.of("快递公司", "始发省份", "目的省份", "首重(克)", "首重价格", "续重单价", "币种",
            "时效(天)");

    private final CarrierRepository repository;
    private final Access access;

    public CarrierRateExport(CarrierRepository repository, Access access) {
        this.access = access;
        this.repository = repository;
    }

    /** Returns the number of lanes written. */
    public long export(Path file, Locale locale) {
        access.require(Permission.EXPORT);
        List<String> codes = repository.carriers().stream().map(Carrier::code).toList();
        List<StoredRate> lanes = repository.storedRates(codes).values().stream()
                .sorted(Comparator.comparing(StoredRate::carrierCode).thenComparing(s -> s.rate().originProvince())
                        .thenComparing(s -> s.rate().destinationProvince()))
                .toList();
        try (SpreadsheetWriter writer = SpreadsheetWriter.create(file,
                "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH)) {
            for (StoredRate lane : lanes) {
                CarrierRate r = lane.rate();
                writer.row(List.of(lane.carrierCode(), r.originProvince(), r.destinationProvince(),
                        r.firstWeightGrams(), r.firstPrice().amount(), r.extraPricePerKg().amount(),
                        r.firstPrice().currency(), r.transitDays()));
            }
        }
        return lanes.size();
    }
}
