package io.storedesk.dashboard.anomaly;

import static io.storedesk.store.schema.Tables.KPI_ALERT;
import static io.storedesk.store.schema.Tables.KPI_ALERT_DRIVER;

import io.storedesk.store.schema.tables.records.KpiAlertDriverRecord;
import io.storedesk.store.schema.tables.records.KpiAlertRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The raised KPI alerts and their drivers. */
public final class KpiAlertRepository {

    private final DSLContext dsl;

    public KpiAlertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The days in [from, to] that already have an alert for the KPI, acknowledged or not. */
    public Set<LocalDate> alertedDays(Kpi kpi, LocalDate from, LocalDate to) {
        return dsl.select(KPI_ALERT.ALERT_DAY).from(KPI_ALERT)
                .where(KPI_ALERT.KPI.eq(kpi.name()), KPI_ALERT.ALERT_DAY.between(from, to))
                .fetchSet(KPI_ALERT.ALERT_DAY);
    }

    /** Stores the alert and its drivers (in their order); returns its id. */
    public long insert(Anomaly anomaly, List<Driver> drivers, Instant raisedAt) {
        KpiAlertRecord alert = dsl.newRecord(KPI_ALERT);
        alert.setKpi(anomaly.kpi().name());
        alert.setAlertDay(anomaly.day());
        alert.setActualValue(anomaly.value());
        alert.setExpectedValue(anomaly.expected());
        alert.setLowValue(anomaly.low());
        alert.setHighValue(anomaly.high());
        alert.setDirection(anomaly.direction().name());
        alert.setSeverity(anomaly.severity().name());
        alert.setRaisedAt(raisedAt);
        alert.store();
        List<KpiAlertDriverRecord> rows = new ArrayList<>();
        for (int rank = 0; rank < drivers.size(); rank++) {
            Driver driver = drivers.get(rank);
            KpiAlertDriverRecord row = dsl.newRecord(KPI_ALERT_DRIVER);
            row.setAlertId(alert.getId());
            row.setRankNo(rank + 1);
            row.setDimension(driver.dimension().name());
            row.setSliceName(driver.slice());
            row.setActualValue(driver.value());
            row.setExpectedValue(driver.expected());
            rows.add(row);
        }
        dsl.batchInsert(rows).execute();
        return alert.getId();
    }

    /** Deletes the alerts nobody acknowledged on days after the given one (their drivers go with them). */
    public int withdrawOpenAfter(LocalDate day) {
        return dsl.deleteFrom(KPI_ALERT).where(KPI_ALERT.ALERT_DAY.gt(day), KPI_ALERT.ACKNOWLEDGED_AT.isNull())
                .execute();
    }

    /** Alerts not yet acknowledged, the latest day first. */
    public List<KpiAlert> open() {
        return alerts(KPI_ALERT.ACKNOWLEDGED_AT.isNull());
    }

    public Optional<KpiAlert> find(long id) {
        return alerts(KPI_ALERT.ID.eq(id)).stream().findFirst();
    }

    /** Marks an open alert acknowledged; false when it was not open. */
    public boolean acknowledge(long id, String user, Instant at) {
        return dsl.update(KPI_ALERT).set(KPI_ALERT.ACKNOWLEDGED_AT, at).set(KPI_ALERT.ACKNOWLEDGED_BY, user)
                .where(KPI_ALERT.ID.eq(id), KPI_ALERT.ACKNOWLEDGED_AT.isNull()).execute() == 1;
    }

    private List<KpiAlert> alerts(Condition condition) {
        List<KpiAlertRecord> rows = dsl.selectFrom(KPI_ALERT).where(condition)
                .orderBy(KPI_ALERT.ALERT_DAY.desc(), KPI_ALERT.KPI, KPI_ALERT.ID).fetch();
        Set<Long> ids = rows.stream().map(KpiAlertRecord::getId).collect(Collectors.toSet());
        Map<Long, List<Driver>> drivers = new HashMap<>();
        if (!ids.isEmpty()) {
            dsl.selectFrom(KPI_ALERT_DRIVER).where(KPI_ALERT_DRIVER.ALERT_ID.in(ids))
                    .orderBy(KPI_ALERT_DRIVER.ALERT_ID, KPI_ALERT_DRIVER.RANK_NO)
                    .forEach(d -> drivers.computeIfAbsent(d.getAlertId(), k -> new ArrayList<>())
                            .add(new Driver(Dimension.valueOf(d.getDimension()), d.getSliceName(),
                                    d.getActualValue(), d.getExpectedValue())));
        }
        return rows.stream().map(r -> new KpiAlert(r.getId(),
                new Anomaly(Kpi.valueOf(r.getKpi()), r.getAlertDay(), r.getActualValue(), r.getExpectedValue(),
                        r.getLowValue(), r.getHighValue(), Direction.valueOf(r.getDirection()),
                        Severity.valueOf(r.getSeverity())),
                drivers.getOrDefault(r.getId(), List.of()), r.getRaisedAt(), r.getAcknowledgedAt(),
                r.getAcknowledgedBy())).toList();
    }
}
