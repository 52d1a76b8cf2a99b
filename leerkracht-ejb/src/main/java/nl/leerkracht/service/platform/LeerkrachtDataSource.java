package nl.leerkracht.service.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource class named in {@link DatabaseSetup}'s {@code @DataSourceDefinition}: it picks the
 * vendor's own datasource from the configured URL, so one build runs on the embedded H2 default and
 * on MySQL/MariaDB with nothing but {@code LEERKRACHT_DB_URL/_USER/_PASSWORD} set. The application
 * server pools the connections it hands out.
 */
public class LeerkrachtDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private volatile int loginTimeout;
    private volatile DataSource delegate;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    /** Payara sets the URL under this property name. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    /** The database family a JDBC URL points to. */
    public static Vendor vendorOf(String url) throws SQLException {
        if (url != null && url.startsWith("jdbc:h2:")) {
            return Vendor.H2;
        }
        if (url != null && url.startsWith("jdbc:mysql:")) {
            return Vendor.MYSQL;
        }
        throw new SQLException("Unsupported database URL (use jdbc:mysql://host:3306/name or jdbc:h2:...): " + url);
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            current = switch (vendorOf(url)) {
                case H2 -> {
                    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                    h2.setURL(url);
                    h2.setUser(user);
                    h2.setPassword(password);
                    yield h2;
                }
                case MYSQL -> {
                    com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
                    mysql.setURL(url);
                    mysql.setUser(user);
                    mysql.setPassword(password);
                    yield mysql;
                }
            };
            delegate = current;
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }

    /** The database families the platform supports. */
    public enum Vendor {
        H2,
        MYSQL
    }
}
