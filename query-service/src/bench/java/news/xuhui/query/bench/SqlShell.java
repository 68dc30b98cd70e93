package news.xuhui.query.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Runs SQL statements given as arguments against the benchmark database and prints the rows (EXPLAIN included). */
public final class SqlShell {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres");
                Statement s = c.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                long t0 = System.nanoTime();
                boolean rows = s.execute(args[i]);
                if (rows) {
                    try (ResultSet rs = s.getResultSet()) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder sb = new StringBuilder();
                            for (int k = 1; k <= cols; k++) {
                                sb.append(k > 1 ? " | " : "").append(rs.getString(k));
                            }
                            System.out.println(sb);
                        }
                    }
                }
                System.out.printf("-- %.1f ms%n", (System.nanoTime() - t0) / 1e6);
            }
        }
    }
}
