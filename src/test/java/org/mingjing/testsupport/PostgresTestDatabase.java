package org.mingjing.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the test run is the PostgreSQL pass ({@code -Dmingjing.test.db=postgres}), points every Spring context
 * at a fresh PostgreSQL database: the one named by {@code MINGJING_TEST_PG_URL} (CI creates and drops it), or
 * one this listener creates on 127.0.0.1:5432. The Spring contexts close only as the JVM exits, after this
 * listener's last word, so a database it creates is dropped by the next run instead (the previous runs'
 * databases are dropped as this one starts). The embedded-database pass is left alone.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgres".equals(System.getProperty("mingjing.test.db"))) {
            return;
        }
        String user = env("MINGJING_TEST_PG_USER", "postgres");
        String password = env("MINGJING_TEST_PG_PASSWORD", "");
        String url = System.getenv("MINGJING_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String adminUrl = env("MINGJING_TEST_PG_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            String created = "mingjing_test_" + System.currentTimeMillis();
            dropEarlierRuns(adminUrl, user, password);
            execute(adminUrl, user, password, "CREATE DATABASE " + created);
            url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + created;
        }
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
    }

    private static void dropEarlierRuns(String adminUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'mingjing\\_test\\_%' "
                        + "AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = pg_database.datname)")) {
            java.util.List<String> stale = new java.util.ArrayList<>();
            while (rs.next()) {
                stale.add(rs.getString(1));
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the test run is not reachable at " + adminUrl
                    + " (set MINGJING_TEST_PG_URL or MINGJING_TEST_PG_ADMIN_URL): " + e.getMessage(), e);
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the test run is not reachable at " + url
                    + " (set MINGJING_TEST_PG_URL or MINGJING_TEST_PG_ADMIN_URL): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
