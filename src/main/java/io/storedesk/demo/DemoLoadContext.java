package io.storedesk.demo;

import io.storedesk.importing.CsvRow;
import io.storedesk.importing.CsvTable;
import io.storedesk.orders.ExternalKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What the parts of a demo load share: the files, the time shift, the ids given so far, and progress. */
final class DemoLoadContext {

    static final String USER = "demo";

    final Map<String, CsvTable> tables;
    final DemoTimeShift shift;
    final Instant now;
    final Map<String, Long> warehouses = new HashMap<>();
    final Map<String, Long> channels = new HashMap<>();
    final Map<String, Long> promotions = new HashMap<>();
    final Map<String, Long> suppliers = new HashMap<>();
    final Map<String, Long> skus = new HashMap<>();
    final Map<String, Long> carriers = new HashMap<>();
    final Map<ExternalKey, Long> customers = new HashMap<>();
    final Map<String, Long> orders = new HashMap<>();
    final Map<String, Long> orderChannels = new HashMap<>();
    final Map<Long, Map<Integer, Long>> orderLines = new HashMap<>();
    final Map<String, Long> tickets = new HashMap<>();
    private final LoadProgress progress;
    private final long total;
    private long done;

    DemoLoadContext(Map<String, CsvTable> tables, DemoTimeShift shift, Instant now, LoadProgress progress) {
        this.tables = tables;
        this.shift = shift;
        this.now = now;
        this.progress = progress;
        this.total = tables.values().stream().mapToLong(t -> t.rows().size()).sum();
    }

    CsvTable table(String file) {
        return tables.get(file);
    }

    long total() {
        return total;
    }

    void advance(long rows) {
        done += rows;
        progress.update(Math.min(done, total), total);
    }

    /** The id of the thing a cell names by code; a cell naming nothing known is refused with its place. */
    long id(Map<String, Long> ids, CsvRow row, String column) {
        String code = row.required(column);
        Long id = ids.get(code);
        if (id == null) {
            throw row.fail(column, code, "import.reason.unknownReference");
        }
        return id;
    }

    Long optionalId(Map<String, Long> ids, CsvRow row, String column) {
        return row.text(column).isEmpty() ? null : id(ids, row, column);
    }

    long lineId(CsvRow row, String orderColumn, String lineColumn) {
        long order = id(orders, row, orderColumn);
        Long line = orderLines.getOrDefault(order, Map.of()).get(row.integer(lineColumn));
        if (line == null) {
            throw row.fail(lineColumn, row.text(lineColumn), "import.reason.unknownReference");
        }
        return line;
    }

    Long customer(CsvRow row, long channelId) {
        String external = row.optional("customer_id");
        if (external == null) {
            return null;
        }
        Long id = customers.get(new ExternalKey(channelId, external));
        if (id == null) {
            throw row.fail("customer_id", external, "import.reason.unknownReference");
        }
        return id;
    }
}
