package nl.leerkracht.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A JDBC connection from the test JVM to the database the app under test uses (the same
 * LEERKRACHT_DB_* environment), to look up ids and check what the migrations built.
 */
final class TestDatabase {

    private TestDatabase() {}

    static String url() {
        String url = System.getenv("LEERKRACHT_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("LEERKRACHT_DB_URL is not set for the integration tests");
        }
        return url;
    }

    static boolean isMySql() {
        return url().startsWith("jdbc:mysql:");
    }

    static Connection connect() throws SQLException {
        if (isMySql()) {
            // Inside the container (ServicesIT) the driver is in the WAR, where DriverManager does not
            // look by itself: loading the class registers it for this class loader.
            try {
                Class.forName("com.mysql.cj.jdbc.Driver");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the MySQL driver is not on the class path", e);
            }
        }
        // The same defaults as the app's (DatabaseSetup).
        return DriverManager.getConnection(
                url(), env("LEERKRACHT_DB_USER", "leerkracht"), env("LEERKRACHT_DB_PASSWORD", "leerkracht"));
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    static String string(String sql, Object... args) {
        java.util.List<String> values = strings(sql, args);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    static java.util.List<String> strings(String sql, Object... args) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            java.util.List<String> values = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Binds each argument with its own JDBC type. A number column gets a number and a text column
     * a string: MariaDB quietly converts "2027-2028" to 2027 where H2 refuses it, so a test that
     * relies on the conversion passes on one database only.
     */
    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            int index = i + 1;
            if (arg instanceof Long value) {
                statement.setLong(index, value);
            } else if (arg instanceof Integer value) {
                statement.setInt(index, value);
            } else if (arg instanceof String value) {
                statement.setString(index, value);
            } else if (arg instanceof java.math.BigDecimal value) {
                statement.setBigDecimal(index, value);
            } else if (arg instanceof Boolean value) {
                statement.setBoolean(index, value);
            } else if (arg instanceof java.time.LocalDate value) {
                statement.setObject(index, value, java.sql.Types.DATE);
            } else if (arg instanceof java.sql.Timestamp value) {
                statement.setTimestamp(index, value);
            } else {
                throw new IllegalArgumentException("no JDBC type for parameter " + index + ": " + arg);
            }
        }
    }

    static long number(String sql, Object... args) {
        return Long.parseLong(string(sql, args));
    }

    static long schoolId(String brin) {
        return Long.parseLong(string("SELECT id FROM school WHERE brin_code = ?", brin));
    }

    /** Inserts one row and returns the key the database gave it. */
    static long insert(String sql, Object... args) {
        try (Connection connection = connect();
                PreparedStatement statement =
                        connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, args);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no key for " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Changes rows directly, e.g. to move a complaint's clock; returns how many rows changed. */
    static int update(String sql, Object... args) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
