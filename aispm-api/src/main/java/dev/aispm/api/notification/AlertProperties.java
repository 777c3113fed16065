package dev.aispm.api.notification;

import dev.aispm.posture.notification.AlertRoute;
import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.RouteFilter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alert settings. Routes configured here are indexed like scan schedules, so they can be
 * given as environment variables ({@code AISPM_ALERTS_0_NAME}, {@code AISPM_ALERTS_0_CHANNEL},
 * {@code AISPM_ALERTS_0_URL}, ...), which keeps their secrets out of the graph altogether:
 *
 * <pre>
 * aispm.alerts[0].name=critical to slack
 * aispm.alerts[0].channel=slack
 * aispm.alerts[0].url=https://hooks.slack.com/services/...
 * aispm.alerts[0].min-severity=critical
 * aispm.alerting.dashboard-url=https://aispm.example.com
 * aispm.mail.host=smtp.example.com
 * </pre>
 */
@ConfigurationProperties("aispm")
public record AlertProperties(@DefaultValue List<RouteConfig> alerts, @DefaultValue Alerting alerting,
    @DefaultValue Mail mail) {

  /** The routes of {@code aispm.alerts[n]} as ids {@code config-<n>}; a wrong one fails, naming its index. */
  public List<AlertRoute> routes() {
    List<AlertRoute> out = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      RouteConfig r = alerts.get(i);
      try {
        Channel ch = new Channel(ChannelType.parse(r.channel()), blank(r.url()), blank(r.signingKey()), r.recipients());
        RouteFilter f = new RouteFilter(r.minSeverity(), r.categories(), r.rules(), r.providers(), r.accounts(),
            r.events(), r.minScore());
        out.add(new AlertRoute("config-" + i, r.name() == null ? "configured route " + i : r.name(), r.enabled(), f,
            List.of(ch), r.rateLimit(), "config"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("aispm.alerts[" + i + "]: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * One configured route with one channel.
   *
   * @param channel    slack, teams, webhook or email
   * @param url        webhook URL (secret)
   * @param signingKey HMAC key of a generic webhook (secret)
   * @param recipients e-mail addresses
   * @param rateLimit  alerts per hour before a digest, 0 for no limit
   */
  public record RouteConfig(String name, @DefaultValue("true") boolean enabled, String channel, String url,
      String signingKey, @DefaultValue List<String> recipients, String minSeverity,
      @DefaultValue List<String> categories, @DefaultValue List<String> rules, @DefaultValue List<String> providers,
      @DefaultValue List<String> accounts, @DefaultValue List<String> events, Integer minScore,
      @DefaultValue("0") int rateLimit) {}

  /**
   * How alerts are sent.
   *
   * @param dashboardUrl   the dashboard's address as the receivers reach it, for links to findings
   * @param key            base64 of the 32-byte AES key for channel secrets; when absent, {@code keyFile}
   * @param keyFile        the generated key's file; default {@code <AISPM_DATA_DIR>/alerts.key}
   * @param attempts       delivery attempts in all
   * @param initialBackoff wait after the first failed attempt, doubled after each
   * @param maxBackoff     longest wait between attempts
   */
  public record Alerting(@DefaultValue("http://127.0.0.1:8080") String dashboardUrl, String key, String keyFile,
      @DefaultValue("4") int attempts, @DefaultValue("2s") Duration initialBackoff,
      @DefaultValue("60s") Duration maxBackoff) {}

  /**
   * The SMTP server of e-mail alerts and reports; e-mail is off while {@code host} is not set.
   *
   * @param starttls require STARTTLS (the default; switch off only for a local relay)
   * @param password the SMTP password (secret; from the environment only)
   */
  public record Mail(String host, @DefaultValue("587") int port, String username, String password,
      @DefaultValue("true") boolean starttls, @DefaultValue("aispm@localhost") String from,
      @DefaultValue("10s") Duration timeout) {

    public boolean enabled() {
      return host != null && !host.isBlank();
    }
  }
}
