package dev.aispm.api.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aispm.api.testing.DeliveryIntegrationTest;
import dev.aispm.api.testing.ApiTestBeans;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.posture.notification.publisher.HmacSigner;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.catalog.RuleMetadata;
import dev.aispm.rules.findings.PathStep;
import dev.aispm.rules.findings.Finding;
import dev.aispm.rules.findings.FindingStore;
import dev.aispm.rules.scoring.RiskScore;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Alerts end to end: routes made through the API deliver to a local HTTP sink (WireMock) and a
 * local SMTP server (GreenMail) when findings open or reopen in a scan, through the real finding
 * store's lifecycle. Checks the Block Kit shape, the OCSF fields, the HMAC signature, the mail's
 * two parts, retries and the recorded final failure, the digest past a rate limit, the test
 * message, and that secrets never come back.
 */
class AlertsIT extends DeliveryIntegrationTest {
  static final String KEY = "whsec-test-signing-key-123";
  static final String SCOPE = "aws/111111111111/us-east-1";

  @Autowired
  AlertService alerts;

  @BeforeEach
  void clean() throws Exception {
    clearPosture();
    SINK.resetAll();
    SMTP.purgeEmailFromAllMailboxes();
    SINK.stubFor(post(urlEqualTo("/slack/T0/B0/secretpath")).willReturn(aResponse().withStatus(200).withBody("ok")));
    SINK.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
    SINK.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(503).withBody("try later")));
    SINK.stubFor(post(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
  }

  @Test
  void newAndReopenedFindingsAlertOnEveryChannelAndAStillOpenOneDoesNot() throws Exception {
    String route = createRoute("""
        {"name": "high and up", "filter": {"minSeverity": "high"}, "channels": [
          {"type": "slack", "url": "%s/slack/T0/B0/secretpath"},
          {"type": "webhook", "url": "%s/hook", "signingKey": "%s"},
          {"type": "email", "recipients": ["soc@aispm.test"]}]}
        """.formatted(SINK.baseUrl(), SINK.baseUrl(), KEY));
    RuleMetadata critical = rule("critical");
    RuleMetadata low = rule("low");
    Finding f = finding("a".repeat(32), critical, 91);
    Finding quiet = finding("b".repeat(32), low, 20);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    scan("scan-1", t0, List.of(f, quiet), List.of(critical.id(), low.id()));
    alerts.afterScan("scan-1");

    List<LoggedRequest> slack = SINK.findAll(postRequestedFor(urlEqualTo("/slack/T0/B0/secretpath")));
    assertThat(slack).hasSize(1);
    JsonNode msg = JSON.readTree(slack.get(0).getBodyAsString());
    assertThat(msg.get("text").asText()).contains(critical.title());
    JsonNode blocks = msg.get("blocks");
    assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
    assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
    assertThat(blocks.get(0).get("text").get("text").asText()).startsWith("CRITICAL: ").hasSizeLessThanOrEqualTo(150);
    assertThat(blocks.get(1).get("fields").get(0).get("type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.get(2).get("text").get("text").asText()).contains("*Why*").contains("reason for " + f.id());
    // Slack mrkdwn reads "<" and ">" as link markup, so text escapes them and Slack shows them back.
    assertThat(blocks.get(3).get("text").get("text").asText())
        .contains("Internet (Internet) -CAN_REACH-&gt; nb-1 (Notebook)");
    assertThat(blocks.get(4).get("type").asText()).isEqualTo("actions");
    assertThat(blocks.get(4).get("elements").get(0).get("url").asText())
        .isEqualTo("https://aispm.example.test/#/finding/" + f.id());
    assertThat(blocks.get(5).get("type").asText()).isEqualTo("context");

    List<LoggedRequest> hooks = SINK.findAll(postRequestedFor(urlEqualTo("/hook")));
    assertThat(hooks).hasSize(1);
    String body = hooks.get(0).getBodyAsString();
    long ts = Long.parseLong(hooks.get(0).getHeader(HmacSigner.TIMESTAMP_HEADER));
    assertThat(HmacSigner.verify(KEY, ts, body, hooks.get(0).getHeader(HmacSigner.SIGNATURE_HEADER))).isTrue();
    assertThat(HmacSigner.verify("another key", ts, body, hooks.get(0).getHeader(HmacSigner.SIGNATURE_HEADER)))
        .isFalse();
    JsonNode ocsf = JSON.readTree(body);
    assertThat(ocsf.get("class_uid").asInt()).isEqualTo(2004);
    assertThat(ocsf.get("category_uid").asInt()).isEqualTo(2);
    assertThat(ocsf.get("activity_id").asInt()).isEqualTo(1);
    assertThat(ocsf.get("type_uid").asInt()).isEqualTo(200401);
    assertThat(ocsf.get("severity_id").asInt()).isEqualTo(5);
    assertThat(ocsf.get("time").asLong()).isEqualTo(t0.toEpochMilli());
    assertThat(ocsf.at("/metadata/version").asText()).startsWith("1.");
    assertThat(ocsf.at("/metadata/product/name").asText()).isEqualTo("aispm");
    assertThat(ocsf.at("/finding_info/uid").asText()).isEqualTo(f.id());
    assertThat(ocsf.at("/finding_info/title").asText()).isEqualTo(critical.title());
    assertThat(ocsf.at("/finding_info/analytic/uid").asText()).isEqualTo(critical.id());
    assertThat(ocsf.at("/cloud/provider").asText()).isEqualTo("AWS");
    assertThat(ocsf.at("/cloud/account/uid").asText()).isEqualTo("111111111111");
    assertThat(ocsf.at("/resources/1/uid").asText()).isEqualTo("nb-1");

    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getSubject()).contains("CRITICAL").contains(critical.title());
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("soc@aispm.test");
    List<String> types = new ArrayList<>();
    collectTypes(mail.getContent(), types);
    assertThat(types).anyMatch(t -> t.startsWith("text/plain")).anyMatch(t -> t.startsWith("text/html"));

    // Still open in the next scan: nothing new is sent.
    scan("scan-2", t0.plusSeconds(60), List.of(f, quiet), List.of(critical.id(), low.id()));
    alerts.afterScan("scan-2");
    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/slack/T0/B0/secretpath")))).hasSize(1);

    // Resolved, then matched again: it reopens and alerts again, as an OCSF update.
    scan("scan-3", t0.plusSeconds(120), List.of(), List.of(critical.id(), low.id()));
    alerts.afterScan("scan-3");
    scan("scan-4", t0.plusSeconds(180), List.of(f), List.of(critical.id(), low.id()));
    alerts.afterScan("scan-4");
    hooks = SINK.findAll(postRequestedFor(urlEqualTo("/hook")));
    assertThat(hooks).hasSize(2);
    JsonNode reopened = JSON.readTree(hooks.get(1).getBodyAsString());
    assertThat(reopened.get("activity_id").asInt()).isEqualTo(2);
    assertThat(reopened.at("/unmapped/aispm/event").asText()).isEqualTo("REOPENED");
    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/slack/T0/B0/secretpath")))).hasSize(2);
    assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();

    // A second dispatch of the same scan does not send twice.
    alerts.afterScan("scan-4");
    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(2);

    JsonNode deliveries = json(mvc.perform(get("/api/v1/alert-deliveries").param("route", route)
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andExpect(status().isOk()).andReturn());
    assertThat(deliveries.get("items")).hasSize(6);
    for (JsonNode d : deliveries.get("items")) {
      assertThat(d.get("status").asText()).isEqualTo("SENT");
      assertThat(d.get("findingId").asText()).isEqualTo(f.id());
      assertThat(d.get("attempt").asInt()).isEqualTo(1);
      assertThat(d.get("at").asText()).isNotBlank();
    }
    assertThat(deliveries.toString()).contains("\"statusCode\":204").contains("\"statusCode\":250")
        .contains("\"statusCode\":200").contains("\"event\":\"REOPENED\"").contains("\"event\":\"NEW\"");
  }

  @Test
  void aFailingSinkIsRetriedWithBackoffAndTheFinalFailureRecorded() throws Exception {
    String route = createRoute("""
        {"name": "down", "channels": [{"type": "webhook", "url": "%s/down"}, {"type": "webhook", "url": "%s/gone"}]}
        """.formatted(SINK.baseUrl(), SINK.baseUrl()));
    RuleMetadata high = rule("high");
    scan("scan-f", Instant.now(), List.of(finding("c".repeat(32), high, 70)), List.of(high.id()));
    alerts.afterScan("scan-f");

    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/down")))).hasSize(3);
    // A refusal (404) is not retried: the receiver will not change its mind.
    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/gone")))).hasSize(1);
    JsonNode items = json(mvc.perform(get("/api/v1/alert-deliveries").param("route", route)
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andExpect(status().isOk()).andReturn()).get("items");
    List<String> down = new ArrayList<>();
    for (JsonNode d : items) {
      if (d.get("channelIndex").asInt() == 0) {
        down.add(d.get("attempt").asInt() + ":" + d.get("status").asText() + ":" + d.get("statusCode").asInt());
        assertThat(d.get("error").asText()).contains("503").doesNotContain("/down");
      } else {
        assertThat(d.get("status").asText()).isEqualTo("FAILED");
        assertThat(d.get("statusCode").asInt()).isEqualTo(404);
      }
    }
    assertThat(down).containsExactly("3:FAILED:503", "2:RETRYING:503", "1:RETRYING:503");
    JsonNode failed = json(mvc.perform(get("/api/v1/alert-deliveries").param("status", "FAILED")
        .header("Authorization", bearer(ApiTestBeans.ADMIN))).andExpect(status().isOk()).andReturn()).get("items");
    assertThat(failed).hasSize(2);
  }

  @Test
  void pastTheRateLimitTheRestGoIntoOneDigest() throws Exception {
    createRoute("""
        {"name": "limited", "rateLimit": 1, "channels": [{"type": "webhook", "url": "%s/hook"}]}
        """.formatted(SINK.baseUrl()));
    RuleMetadata high = rule("high");
    RuleMetadata medium = rule("medium");
    scan("scan-d", Instant.now(), List.of(finding("d".repeat(32), high, 80), finding("e".repeat(32), medium, 50),
        finding("f".repeat(32), medium, 40)), List.of(high.id(), medium.id()));
    alerts.afterScan("scan-d");
    List<LoggedRequest> hooks = SINK.findAll(postRequestedFor(urlEqualTo("/hook")));
    assertThat(hooks).hasSize(2);
    JsonNode first = JSON.readTree(hooks.get(0).getBodyAsString());
    assertThat(first.at("/finding_info/uid").asText()).as("the worst finding goes first").isEqualTo("d".repeat(32));
    JsonNode digest = JSON.readTree(hooks.get(1).getBodyAsString());
    assertThat(digest.isArray()).isTrue();
    assertThat(digest).hasSize(2);
    assertThat(digest.get(0).get("class_uid").asInt()).isEqualTo(2004);
  }

  @Test
  void secretsAreWriteOnlyAndTheTestMessageReachesEveryChannel() throws Exception {
    String route = createRoute("""
        {"name": "test me", "channels": [
          {"type": "slack", "url": "%s/slack/T0/B0/secretpath"},
          {"type": "webhook", "url": "%s/hook", "signingKey": "%s"},
          {"type": "email", "recipients": ["soc@aispm.test"]}]}
        """.formatted(SINK.baseUrl(), SINK.baseUrl(), KEY));
    String listed = mvc.perform(get("/api/v1/alert-routes").header("Authorization", bearer(ApiTestBeans.ADMIN)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(listed).contains(route).contains("\"urlSet\":true").contains("\"signed\":true")
        .doesNotContain("secretpath").doesNotContain(KEY);
    try (Session s = InProcessNeo4j.connection().session()) {
      Map<String, Object> stored = s.run("MATCH (r:AlertRoute {id: $id}) RETURN properties(r) AS p",
          Map.of("id", route)).single().get("p").asMap();
      assertThat(stored.toString()).doesNotContain("secretpath").doesNotContain(KEY);
      String audit = s.run("MATCH (e:AuditEntry {target: $id}) RETURN collect(e.detail) AS d", Map.of("id", route))
          .single().get("d").toString();
      assertThat(audit).contains("slack").doesNotContain("secretpath").doesNotContain(KEY);
    }

    MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api/v1/alert-routes/" + route + "/test").header("Authorization", bearer(ApiTestBeans.ADMIN)))
        .andExpect(status().isOk()).andReturn();
    JsonNode result = json(r);
    assertThat(result.get("delivered").asBoolean()).isTrue();
    assertThat(result.get("deliveries")).hasSize(3);
    assertThat(SINK.findAll(postRequestedFor(urlEqualTo("/slack/T0/B0/secretpath")))).hasSize(1);
    JsonNode test = JSON.readTree(SINK.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0).getBodyAsString());
    assertThat(test.at("/unmapped/aispm/event").asText()).isEqualTo("TEST");
    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(SMTP.getReceivedMessages()[0].getSubject()).contains("test message").contains("test me");

    String viewer = token("viewer");
    mvc.perform(get("/api/v1/alert-routes").header("Authorization", bearer(viewer))).andExpect(status().isForbidden());
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/alert-routes")
            .header("Authorization", bearer(ApiTestBeans.ADMIN)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"bad\",\"channels\":[{\"type\":\"slack\",\"url\":\"ftp://x/y\"}]}"))
        .andExpect(status().isBadRequest());
  }

  private String createRoute(String body) throws Exception {
    MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api/v1/alert-routes").header("Authorization", bearer(ApiTestBeans.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andReturn();
    String id = json(r).get("id").asText();
    assertThat(r.getResponse().getContentAsString()).doesNotContain("secretpath").doesNotContain(KEY);
    return id;
  }

  private static void scan(String scanId, Instant at, List<Finding> findings, List<String> rules) {
    new FindingStore(InProcessNeo4j.connection().driver(), InProcessNeo4j.connection().database())
        .sync(findings, rules, List.of(SCOPE), new SyncTag(scanId, at));
  }

  private static RuleMetadata rule(String severity) {
    return RuleCatalog.builtIn().rules().stream().map(r -> r.metadata())
        .filter(m -> m.severity().id().equals(severity)).findFirst().orElseThrow();
  }

  private static Finding finding(String id, RuleMetadata rule, int score) {
    List<PathStep> path = List.of(PathStep.node("internet", "Internet", "Internet"), PathStep.edge("CAN_REACH"),
        PathStep.node("nb-1", "Notebook", "nb-1"));
    return new Finding(id, rule, "FAIL", "nb-1", List.of("nb-1"), "reason for " + id, path,
        new RiskScore(score, List.of()), SCOPE);
  }

  private static void collectTypes(Object content, List<String> types) throws Exception {
    if (content instanceof MimeMultipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        types.add(mp.getBodyPart(i).getContentType());
        collectTypes(mp.getBodyPart(i).getContent(), types);
      }
    }
  }
}
