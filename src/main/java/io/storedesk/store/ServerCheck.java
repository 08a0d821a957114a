package io.storedesk.store;

import io.storedesk.common.RefusedInputException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Test connection" of the database settings: signs in to a PostgreSQL server once, without migrating or
 * keeping anything, and says in the person's terms why it failed (no answer, wrong password, no such database,
 * not PostgreSQL). Slow on an unreachable host (up to the connect timeout): call it off the window's thread.
 */
public final class ServerCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCheck.class);
    private static final int TIMEOUT_SECONDS = 8;

    private ServerCheck() {
    }

    /** The server's product version ("16.4"); refused with the reason when the server cannot be used. */
    public static String check(String url, String user, String password) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new RefusedInputException("database.error.urlRequired");
        }
        if (!address.startsWith("jdbc:postgresql:")) {
            throw new RefusedInputException("database.error.notPostgres", address);
        }
        StoreConfig config = StoreConfig.server(Path.of("."), address, user, password == null ? "" : password);
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user.strip());
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(address, properties)) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product == null || !product.toLowerCase(Locale.ROOT).contains("postgres")) {
                throw new RefusedInputException("database.error.notPostgres", config.displayUrl());
            }
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw refusal(e, config.displayUrl(), user);
        }
    }

    static RefusedInputException refusal(SQLException e, String displayUrl, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        RefusedInputException refused;
        if (state.equals("28P01") || state.equals("28000")) {
            refused = new RefusedInputException("database.error.password", user);
        } else if (state.equals("3D000")) {
            refused = new RefusedInputException("database.error.noDatabase", displayUrl);
        } else if (state.startsWith("08") || unreachable(e)) {
            refused = new RefusedInputException("database.error.unreachable", displayUrl);
        } else {
            refused = new RefusedInputException("database.error.failed", displayUrl, e.getMessage());
        }
        LOG.info("Database connection test to {} failed ({})", displayUrl, state, e);
        return refused;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }
}
