package dev.aispm.api.config;

import dev.aispm.api.notification.AlertProperties;
import dev.aispm.api.notification.AlertService;
import dev.aispm.api.notification.MailPublisher;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.notification.AlertCandidates;
import dev.aispm.posture.notification.AlertDispatcher;
import dev.aispm.posture.notification.AlertRoutes;
import dev.aispm.posture.notification.Backoff;
import dev.aispm.posture.notification.DeliveryLog;
import dev.aispm.posture.notification.RouteStore;
import dev.aispm.posture.notification.SecretBox;
import dev.aispm.posture.notification.publisher.HttpPublisher;
import dev.aispm.posture.notification.publisher.Publisher;
import dev.aispm.posture.notification.publisher.SlackPublisher;
import dev.aispm.posture.notification.publisher.TeamsPublisher;
import dev.aispm.posture.notification.publisher.WebhookPublisher;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Wires alerts: the configured and stored routes, the publishers (e-mail only when an SMTP host is
 * set), the encrypted route store, the delivery log and the dispatcher the scan runner calls.
 */
@Configuration
@EnableConfigurationProperties(AlertProperties.class)
public class AlertConfig {

  /**
   * The box of channel secrets, loaded (and its key file generated) on first use: a service that
   * never stores a route through the API never writes a key.
   */
  static Supplier<SecretBox> secretBox(AlertProperties props, Environment env) {
    String file = props.alerting().keyFile();
    Path keyFile = file != null && !file.isBlank() ? Path.of(file)
        : Path.of(env.getProperty("AISPM_DATA_DIR", "data"), "alerts.key");
    SecretBox[] loaded = new SecretBox[1];
    return () -> {
      synchronized (loaded) {
        if (loaded[0] == null) {
          loaded[0] = SecretBox.load(props.alerting().key(), keyFile);
        }
        return loaded[0];
      }
    };
  }

  /** The SMTP sender of alerts and reports; absent while {@code aispm.mail.host} is not set. */
  @Bean
  JavaMailSender aispmMailSender(AlertProperties props) {
    AlertProperties.Mail m = props.mail();
    JavaMailSenderImpl s = new JavaMailSenderImpl();
    if (!m.enabled()) {
      return s;
    }
    s.setHost(m.host());
    s.setPort(m.port());
    s.setUsername(m.username());
    s.setPassword(m.password());
    Properties p = s.getJavaMailProperties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.auth", Boolean.toString(m.username() != null && !m.username().isBlank()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(m.starttls()));
    p.put("mail.smtp.starttls.required", Boolean.toString(m.starttls()));
    String ms = Long.toString(m.timeout().toMillis());
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    return s;
  }

  @Bean
  AlertService alertService(GraphConnection graph, AlertProperties props, Environment env, JavaMailSender mail,
      ObjectProvider<Clock> clock) {
    Clock c = clock.getIfAvailable(Clock::systemUTC);
    HttpClient http = HttpPublisher.defaultClient();
    List<Publisher> publishers = new ArrayList<>(List.of(new SlackPublisher(http), new TeamsPublisher(http),
        new WebhookPublisher(http, c)));
    if (props.mail().enabled()) {
      publishers.add(new MailPublisher(mail, props.mail().from()));
    }
    AlertRoutes routes = new AlertRoutes(props.routes(), new RouteStore(graph, secretBox(props, env), c));
    DeliveryLog log = new DeliveryLog(graph);
    AlertCandidates candidates = new AlertCandidates(graph, props.alerting().dashboardUrl());
    Backoff backoff = new Backoff(props.alerting().attempts(), props.alerting().initialBackoff(),
        props.alerting().maxBackoff());
    AlertDispatcher dispatcher = new AlertDispatcher(candidates, routes, publishers, log, backoff, c,
        d -> Thread.sleep(d.toMillis()));
    return new AlertService(dispatcher, routes, log);
  }
}
