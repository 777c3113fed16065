package dev.aispm.api.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;

/**
 * Creates Quartz's tables on PostgreSQL from the script shipped inside the Quartz jar, so the
 * schema always matches the Quartz version on the classpath. It runs only when the locks table is
 * missing from the connection's current schema: the script begins by dropping the tables.
 */
public final class QuartzSchema {
  static final String SCRIPT = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

  private QuartzSchema() {}

  /** Creates the tables unless they exist; returns whether it created them. */
  public static boolean ensure(String url, String user, String password, String tablePrefix) throws SQLException {
    Properties props = new Properties();
    if (user != null) {
      props.put("user", user);
    }
    if (password != null) {
      props.put("password", password);
    }
    try (Connection c = DriverManager.getConnection(url, props)) {
      if (exists(c, tablePrefix)) {
        return false;
      }
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String sql : statements(tablePrefix)) {
          st.execute(sql);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
      return true;
    }
  }

  static boolean exists(Connection c, String tablePrefix) throws SQLException {
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT to_regclass(current_schema() || '." + locksTable(tablePrefix) + "')")) {
      return rs.next() && rs.getString(1) != null;
    }
  }

  private static String locksTable(String prefix) {
    String table = (prefix + "LOCKS").toLowerCase(Locale.ROOT);
    if (!table.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("table prefix must be letters, digits and '_': " + prefix);
    }
    return table;
  }

  /** The script's statements, with the tables renamed for a prefix other than {@code QRTZ_}. */
  static List<String> statements(String tablePrefix) {
    locksTable(tablePrefix);
    String script;
    try (InputStream in = PostgreSQLDelegate.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the Quartz jar");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder body = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        body.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String stmt : body.toString().split(";")) {
      String s = stmt.strip();
      if (s.isEmpty() || s.equalsIgnoreCase("COMMIT")) {
        continue;
      }
      out.add(tablePrefix.equalsIgnoreCase("QRTZ_") ? s : s.replace("QRTZ_", tablePrefix));
    }
    return out;
  }
}
