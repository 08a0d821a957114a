package io.storedesk.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the Online Retail import is measured against: a bare FastCSV parse, then plain JDBC batch inserts
 * of the same rows into the same tables in one transaction (channel, products and SKUs, buyers, orders,
 * lines, refunds), with none of the import's checks, matching or undo records.
 */
final class OnlineRetailBaseline {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final int BATCH = 1_000;

    private OnlineRetailBaseline() {
    }

    /** A parsed line: invoice, code, title, quantity, time, price, buyer (null = guest), country. */
    private record Line(String invoice, String code, String title, int quantity, OffsetDateTime at, BigDecimal price,
                        String customer, String country) {
    }

    static void run(Path file, DataSource dataSource) {
        List<Line> lines = parse(file);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insert(c, lines);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Line> parse(Path file) {
        List<Line> lines = new ArrayList<>(550_000);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            csv.stream().skip(1).forEach(r -> {
                String customer = r.getField(6);
                lines.add(new Line(r.getField(0), r.getField(1), r.getField(2), Integer.parseInt(r.getField(3)),
                        LocalDateTime.parse(r.getField(4), TIME).atZone(ZONE).toOffsetDateTime(),
                        new BigDecimal(r.getField(5)),
                        customer.isEmpty() ? null : customer.substring(0, customer.indexOf('.')), r.getField(7)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static void insert(Connection c, List<Line> lines) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO channel (id, code, name, kind, currency) VALUES (1, 'BASE', 'Baseline', 'MANUAL', 'GBP')")) {
            s.executeUpdate();
        }
        Map<String, Long> skus = new LinkedHashMap<>();
        Map<String, Long> customers = new LinkedHashMap<>();
        Map<String, Long> orders = new LinkedHashMap<>();
        Map<String, Long> lastOrderOf = new HashMap<>();
        try (PreparedStatement product = c.prepareStatement(
                "INSERT INTO product (id, code, title) VALUES (?, ?, ?)");
             PreparedStatement sku = c.prepareStatement(
                "INSERT INTO sku (id, product_id, code, price, currency, search_text) VALUES (?, ?, ?, ?, 'GBP', ?)")) {
            for (Line l : lines) {
                if (!skus.containsKey(l.code())) {
                    long id = skus.size() + 1L;
                    skus.put(l.code(), id);
                    product.setLong(1, id);
                    product.setString(2, l.code());
                    product.setString(3, l.title().isEmpty() ? l.code() : l.title());
                    product.addBatch();
                    sku.setLong(1, id);
                    sku.setLong(2, id);
                    sku.setString(3, l.code());
                    sku.setBigDecimal(4, l.price().max(BigDecimal.ZERO));
                    sku.setString(5, l.code().toLowerCase());
                    sku.addBatch();
                }
            }
            product.executeBatch();
            sku.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO customer (id, channel_id, external_id, country) VALUES (?, 1, ?, ?)")) {
            int n = 0;
            for (Line l : lines) {
                if (l.customer() != null && !l.invoice().startsWith("C") && !customers.containsKey(l.customer())) {
                    customers.put(l.customer(), customers.size() + 1L);
                    s.setLong(1, customers.size());
                    s.setString(2, l.customer());
                    s.setString(3, l.country());
                    s.addBatch();
                    n = flush(s, n);
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement order = c.prepareStatement("INSERT INTO orders (id, channel_id, external_id, "
                + "customer_id, status, placed_at, paid_at, currency, total_amount, country) "
                + "VALUES (?, 1, ?, ?, 'DELIVERED', ?, ?, 'GBP', ?, ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO order_line (order_id, line_no, sku_id, "
                     + "sku_code, title, quantity, unit_price, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement refund = c.prepareStatement("INSERT INTO refund (order_id, external_id, kind, quantity, "
                     + "amount, currency, refunded_at) VALUES (?, ?, 'CANCELLATION', ?, ?, 'GBP', ?)")) {
            int lineBatch = 0;
            Map<Long, Integer> lineNos = new HashMap<>();
            for (Line l : lines) {
                if (l.invoice().startsWith("C")) {
                    Long target = l.customer() == null ? null : lastOrderOf.get(l.customer());
                    if (target != null) {
                        refund.setLong(1, target);
                        refund.setString(2, l.invoice());
                        refund.setInt(3, -l.quantity());
                        refund.setBigDecimal(4, l.price().multiply(BigDecimal.valueOf(-l.quantity())));
                        refund.setObject(5, l.at());
                        refund.addBatch();
                    }
                    continue;
                }
                Long orderId = orders.get(l.invoice());
                if (orderId == null) {
                    orderId = orders.size() + 1L;
                    orders.put(l.invoice(), orderId);
                    order.setLong(1, orderId);
                    order.setString(2, l.invoice());
                    order.setObject(3, l.customer() == null ? null : customers.get(l.customer()));
                    order.setObject(4, l.at());
                    order.setObject(5, l.at());
                    order.setBigDecimal(6, l.price().multiply(BigDecimal.valueOf(l.quantity())));
                    order.setString(7, l.country());
                    order.addBatch();
                    if (l.customer() != null) {
                        lastOrderOf.put(l.customer(), orderId);
                    }
                }
                int lineNo = lineNos.merge(orderId, 1, Integer::sum);
                line.setLong(1, orderId);
                line.setInt(2, lineNo);
                line.setLong(3, skus.get(l.code()));
                line.setString(4, l.code());
                line.setString(5, l.title().isEmpty() ? null : l.title());
                line.setInt(6, l.quantity());
                line.setBigDecimal(7, l.price());
                line.setBigDecimal(8, l.price().multiply(BigDecimal.valueOf(l.quantity())));
                line.addBatch();
                if (++lineBatch == BATCH) {
                    // Lines refer to their orders: the orders go first.
                    order.executeBatch();
                    line.executeBatch();
                    lineBatch = 0;
                }
            }
            order.executeBatch();
            line.executeBatch();
            // Refunds refer to orders that may have been in the last order batch.
            refund.executeBatch();
        }
    }

    private static int flush(PreparedStatement s, int pending) throws SQLException {
        if (pending + 1 < BATCH) {
            return pending + 1;
        }
        s.executeBatch();
        return 0;
    }
}
