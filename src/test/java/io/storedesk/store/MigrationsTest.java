package io.storedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.testing.Migrations;
import io.storedesk.testing.TestStores;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private Services services;

    @BeforeEach
    void openFreshStore() {
        services = TestStores.emptyInMemory();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void freshStoreIsMigratedToTheLatestVersion() {
        assertThat(services.store().schemaVersion()).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void schemaHoldsATableForEveryPane() throws SQLException {
        assertThat(tables()).contains(
                "warehouse", "category", "product", "sku", "channel_sku", "bundle_component", "stock_level",
                "stock_batch", "stock_movement", "stock_reservation", "stock_setting", "supplier", "purchase_order",
                "purchase_order_line", "channel", "customer", "orders", "order_line", "shipment", "shipment_line",
                "carrier", "carrier_rate", "carrier_exclusion", "refund", "ticket", "ticket_event", "ticket_line",
                "sla_policy", "business_calendar", "app_user", "app_role", "role_permission", "audit_log",
                "sync_cursor", "outbox", "sync_run", "import_job", "import_change", "promotion");
    }

    @Test
    void mutableRowsCarryVersionAndUpdatedAt() throws SQLException {
        for (String table : List.of("warehouse", "channel", "promotion", "supplier", "carrier", "carrier_rate",
                "carrier_exclusion", "category", "product", "sku", "bundle_component", "channel_sku", "stock_setting",
                "stock_level", "stock_batch", "stock_reservation", "purchase_order", "purchase_order_line",
                "stock_transfer", "stock_transfer_line", "customer", "orders", "order_line", "shipment", "ticket",
                "ticket_line", "sla_policy", "business_calendar", "app_user", "role_permission", "support_team",
                "outbox", "import_job", "app_setting", "sync_cursor", "reply_template")) {
            assertThat(columns(table)).as(table).contains("version", "updated_at");
        }
    }

    @Test
    void seedsDefaultSlaPoliciesWithTheSeedsTargets() throws SQLException {
        try (Connection c = services.store().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT first_response_minutes, resolution_minutes, feedback_minutes "
                     + "FROM sla_policy WHERE code = 'DEFAULT'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(15);
            assertThat(r.getInt(2)).isEqualTo(24 * 60);
            assertThat(r.getInt(3)).isEqualTo(48 * 60);
        }
    }

    @Test
    void foreignKeysRefuseOrphanOrderLines() throws SQLException {
        try (Connection c = services.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO order_line (order_id, line_no, sku_code, "
                    + "quantity, unit_price, amount) VALUES (999, 1, 'X', 1, 1, 1)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void ledgerRowsMustBalance() throws SQLException {
        try (Connection c = services.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO warehouse (code, name, province, city) VALUES ('W', 'W', '上海市', '上海市')");
            s.executeUpdate("INSERT INTO product (code, title) VALUES ('P', 'P')");
            s.executeUpdate("INSERT INTO sku (product_id, code, price) SELECT id, 'S', 1 FROM product");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO stock_movement (sku_id, warehouse_id, kind, quantity,"
                    + " on_hand_before, on_hand_after, user_name, occurred_at) SELECT s.id, w.id, 'RECEIPT', 5, 0, 4,"
                    + " 'u', CURRENT_TIMESTAMP FROM sku s, warehouse w"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = services.store().dataSource().getConnection();
             ResultSet r = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (r.next()) {
                names.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private List<String> columns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = services.store().dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet r = meta.getColumns(null, "PUBLIC", table.toUpperCase(Locale.ROOT), "%")) {
                while (r.next()) {
                    names.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
