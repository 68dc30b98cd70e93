package news.xuhui.query.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** A minimal connection pool (the service uses Agroal): close() hands the connection back. */
final class Pool implements DataSource, AutoCloseable {

    private final String url;
    private final LinkedBlockingQueue<Connection> idle = new LinkedBlockingQueue<>();

    Pool(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            c = DriverManager.getConnection(url, "postgres", "postgres");
        }
        Connection real = c;
        return (Connection) Proxy.newProxyInstance(Pool.class.getClassLoader(), new Class<?>[] { Connection.class },
                (p, m, args) -> {
                    if (m.getName().equals("close")) {
                        if (!real.getAutoCommit()) {
                            real.rollback();
                            real.setAutoCommit(true);
                        }
                        idle.add(real);
                        return null;
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public void close() {
        for (Connection c; (c = idle.poll()) != null;) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
