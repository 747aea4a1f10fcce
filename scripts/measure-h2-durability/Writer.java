// Commits one row at a time into an H2 file database and prints each id once committed (see measure.sh).
import java.sql.*;
public class Writer {
  public static void main(String[] a) throws Exception {
    String url = a[0];
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("CREATE TABLE IF NOT EXISTS t (id BIGINT PRIMARY KEY, v VARCHAR(100))");
      c.setAutoCommit(false);
      PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, 'x')");
      for (long i = 1; ; i++) {
        p.setLong(1, i); p.executeUpdate(); c.commit();
        System.out.println(i); System.out.flush();
        if (a.length < 2) Thread.sleep(2);
      }
    }
  }
}
