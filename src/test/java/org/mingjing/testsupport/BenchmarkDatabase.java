package org.mingjing.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh database for one run of a benchmark: on PostgreSQL ({@code --pg-host}, {@code --pg-user},
 * {@code --pg-password}) the database {@code name}, dropped and created; on H2 a file in the run's directory.
 */
public record BenchmarkDatabase(String url, String user, String password, String adminUrl, String name) {

    public static BenchmarkDatabase fresh(String db, String name, Path dir, Map<String, String> options)
            throws SQLException {
        if (db.equals("postgres")) {
            String host = options.get("--pg-host");
            String admin = "jdbc:postgresql://" + host + ":5432/postgres";
            BenchmarkDatabase d = new BenchmarkDatabase("jdbc:postgresql://" + host + ":5432/" + name,
                    options.get("--pg-user"), options.get("--pg-password"), admin, name);
            d.execute("DROP DATABASE IF EXISTS " + name);
            d.execute("CREATE DATABASE " + name);
            return d;
        }
        return new BenchmarkDatabase("jdbc:h2:file:" + dir.resolve("bench") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE", "sa", "", null, name);
    }

    /**
     * A database kept between runs of a benchmark, so that its generated cases are generated once: on PostgreSQL the
     * database {@code name}, created if missing; on H2 the file {@code bench} in {@code dir}. {@link #drop()} leaves
     * it.
     */
    public static BenchmarkDatabase kept(String db, String name, Path dir, Map<String, String> options)
            throws SQLException {
        if (db.equals("postgres")) {
            String host = options.get("--pg-host");
            String admin = "jdbc:postgresql://" + host + ":5432/postgres";
            BenchmarkDatabase d = new BenchmarkDatabase("jdbc:postgresql://" + host + ":5432/" + name,
                    options.get("--pg-user"), options.get("--pg-password"), null, name);
            try (Connection c = DriverManager.getConnection(admin, d.user(), d.password());
                    Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name
                            + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
            return d;
        }
        return fresh(db, name, dir, options);
    }

    /** The application's arguments for this database. */
    public String[] arguments() {
        return new String[] { "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password };
    }

    /** Drops the PostgreSQL database (an H2 file goes with its directory). */
    public void drop() throws SQLException {
        if (adminUrl != null) {
            execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A benchmark's options: the defaults ({@code --name value} pairs, the PostgreSQL connection's among them) with the
     * command line's pairs over them.
     */
    public static java.util.Map<String, String> options(String[] args, String... defaults) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--pg-host", "127.0.0.1");
        options.put("--pg-user", "postgres");
        options.put("--pg-password", "");
        for (int i = 0; i + 1 < defaults.length; i += 2) {
            options.put(defaults[i], defaults[i + 1]);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    /**
     * The application on this database with the demo data set and no demo cases, on a free port, quiet but for
     * warnings, with {@code extra} arguments after those.
     */
    public org.springframework.context.ConfigurableApplicationContext start(Path dataDir, String... extra) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(arguments()));
        all.addAll(java.util.List.of("--server.port=0", "--mingjing.data-dir=" + dataDir, "--mingjing.demo=true",
                "--mingjing.demo.cases=0", "--logging.level.root=WARN"));
        all.addAll(java.util.List.of(extra));
        return new org.springframework.boot.builder.SpringApplicationBuilder(org.mingjing.MingjingApplication.class)
                .run(all.toArray(String[]::new));
    }
}
