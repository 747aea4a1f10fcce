// Kills Writer at a random moment and counts the acknowledged commits the database lost (see measure.sh).
import java.io.*; import java.nio.file.*; import java.sql.*; import java.util.*;
public class Durability {
  public static void main(String[] a) throws Exception {
    String cp = a[0]; String suffix = a.length > 1 ? a[1] : "";
    int lost = 0; int runs = 10; long totalLost = 0;
    for (int r = 0; r < runs; r++) {
      Path dir = Files.createTempDirectory("h2exp");
      String url = "jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" + suffix;
      Process p = new ProcessBuilder("java", "-cp", cp, "Writer", url).redirectErrorStream(true).start();
      BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()));
      long last = 0; long until = System.currentTimeMillis() + 1500 + new Random().nextInt(1000);
      String line;
      while (System.currentTimeMillis() < until && (line = in.readLine()) != null) { try { last = Long.parseLong(line.trim()); } catch (NumberFormatException e) { System.out.println(line); } }
      p.destroyForcibly(); p.waitFor();
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id),0) FROM t"); rs.next();
        long have = rs.getLong(1);
        System.out.println("acknowledged " + last + " present " + have + (have < last ? " LOST " + (last - have) : ""));
        if (have < last) { lost++; totalLost += last - have; }
      }
    }
    System.out.println("runs with lost commits: " + lost + "/" + runs + ", commits lost in all: " + totalLost);
  }
}
