package dev.aispm.api.schedule;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code aispm.schedules[...]} and {@code aispm.scheduler.*} settings, for example:
 *
 * <pre>
 * aispm.schedules[0].provider=aws
 * aispm.schedules[0].cron=0 0 2 * * ?
 * aispm.schedules[1].provider=aws
 * aispm.schedules[1].account=111111111111
 * aispm.schedules[1].cron=0 0/30 * * * ?
 * aispm.scheduler.misfire=fire-once
 * aispm.scheduler.jdbc.url=jdbc:postgresql://db:5432/aispm
 * </pre>
 */
@ConfigurationProperties("aispm")
public record SchedulingProperties(@DefaultValue List<Schedule> schedules, @DefaultValue Scheduler scheduler) {

  /**
   * One cron schedule of one scope.
   *
   * @param provider null for every provider
   * @param account  null for every account of the provider
   * @param cron     a Quartz cron expression (seconds first)
   * @param zone     the time zone the expression is read in
   */
  public record Schedule(String provider, String account, String cron, @DefaultValue("UTC") String zone) {}

  /**
   * @param misfire what to do with fires missed while every instance was down or busy:
   *                {@code fire-once} runs one catch-up scan, {@code skip} waits for the next fire
   */
  public record Scheduler(@DefaultValue("fire-once") String misfire, @DefaultValue Jdbc jdbc) {}

  /**
   * The clustered job store; used when {@code url} is set.
   *
   * @param url              a PostgreSQL JDBC URL; {@code ?currentSchema=...} picks the schema
   * @param initializeSchema create the Quartz tables from Quartz's own script when they are missing
   * @param checkinInterval  how often an instance tells the others it is alive; an instance silent
   *                         for longer is presumed dead and its running scans are recovered
   */
  public record Jdbc(String url, @DefaultValue("postgres") String username, String password,
      @DefaultValue("QRTZ_") String tablePrefix, @DefaultValue("true") boolean initializeSchema,
      @DefaultValue("7500ms") Duration checkinInterval, @DefaultValue("5") int maxConnections) {

    public boolean enabled() {
      return url != null && !url.isBlank();
    }
  }
}
