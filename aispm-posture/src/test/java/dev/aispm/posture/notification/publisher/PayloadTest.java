package dev.aispm.posture.notification.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.RoutingTest;
import dev.aispm.posture.notification.subject.AlertEvent;
import dev.aispm.posture.notification.subject.Digest;
import dev.aispm.posture.notification.subject.FindingAlert;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payloads as the receivers parse them: Block Kit, Adaptive Cards, OCSF, and the HMAC signature. */
class PayloadTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Channel HOOK = new Channel(ChannelType.WEBHOOK, "https://h.test/x", "k", null);

  @Test
  void slackBlocksStayValidJsonWhatEverTheFindingSays() throws Exception {
    FindingAlert a = RoutingTest.alert("q\"uo<te>&", "high", 77, AlertEvent.REOPENED, "aws", "1");
    String body = new SlackPublisher(HttpClient.newHttpClient()).body(HOOK, a);
    JsonNode n = JSON.readTree(body);
    assertThat(n.get("blocks").get(0).get("text").get("text").asText()).isEqualTo("HIGH: Title q\"uo<te>&");
    assertThat(n.get("blocks").get(2).get("text").get("text").asText()).isEqualTo("*Why*\nwhy");
    assertThat(n.get("blocks").get(1).get("fields").get(2).get("text").asText()).isEqualTo("*Event*\nreopened");
    assertThat(n.toString()).contains("&lt;te&gt;&amp;");
    Digest d = new Digest("r", List.of(a, RoutingTest.alert("z", "low", 1, AlertEvent.NEW, "aws", "1")), "https://aispm.test");
    JsonNode dn = JSON.readTree(new SlackPublisher(HttpClient.newHttpClient()).body(HOOK, d));
    assertThat(dn.get("blocks").get(1).get("text").get("text").asText()).contains("<https://aispm.test/#/finding/z|Title z>");
  }

  @Test
  void teamsCardsAreAdaptiveCards() throws Exception {
    FindingAlert a = RoutingTest.alert("a", "critical", 99, AlertEvent.NEW, "azure", "sub");
    JsonNode n = JSON.readTree(new TeamsPublisher(HttpClient.newHttpClient()).body(HOOK, a));
    JsonNode card = n.get("attachments").get(0);
    assertThat(card.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(card.at("/content/type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.at("/content/actions/0/url").asText()).isEqualTo("https://aispm.test/#/finding/a");
    Digest d = new Digest("r", List.of(a), "https://aispm.test");
    assertThat(JSON.readTree(new TeamsPublisher(HttpClient.newHttpClient()).body(HOOK, d))
        .at("/attachments/0/content/body/2/facts/0/value").asText()).contains("Title a");
  }

  @Test
  void ocsfDetectionFindingCarriesTheRequiredAttributes() {
    FindingAlert a = RoutingTest.alert("a", "medium", 55, AlertEvent.NEW, "gcp", "proj-1");
    JsonNode o = OcsfDetectionFinding.of(a);
    assertThat(o.get("class_uid").asInt()).isEqualTo(2004);
    assertThat(o.get("category_uid").asInt()).isEqualTo(2);
    assertThat(o.get("activity_id").asInt()).isEqualTo(1);
    assertThat(o.get("type_uid").asInt()).isEqualTo(200401);
    assertThat(o.get("severity_id").asInt()).isEqualTo(3);
    assertThat(o.get("status_id").asInt()).isEqualTo(1);
    assertThat(o.get("time").asLong()).isEqualTo(a.occurrence().toEpochMilli());
    assertThat(o.at("/metadata/version").asText()).isEqualTo("1.1.0");
    assertThat(o.at("/metadata/product/vendor_name").asText()).isEqualTo("aispm");
    assertThat(o.at("/finding_info/uid").asText()).isEqualTo("a");
    assertThat(o.at("/finding_info/created_time").asLong()).isEqualTo(1767225600000L);
    assertThat(o.at("/cloud/provider").asText()).isEqualTo("GCP");
    assertThat(o.at("/cloud/account/uid").asText()).isEqualTo("proj-1");
    assertThat(o.at("/resources/0/uid").asText()).isEqualTo("i");
    assertThat(o.at("/unmapped/aispm/attack_path").asText()).isEqualTo("Internet (Internet) -CAN_REACH-> nb (Notebook)");
    JsonNode re = OcsfDetectionFinding.of(RoutingTest.alert("a", "info", 5, AlertEvent.REOPENED, "aws", "1"));
    assertThat(re.get("activity_id").asInt()).isEqualTo(2);
    assertThat(re.get("type_uid").asInt()).isEqualTo(200402);
    assertThat(re.get("severity_id").asInt()).isEqualTo(1);
  }

  @Test
  void theSignatureIsHmacSha256OverTimestampAndBody() throws Exception {
    String sig = HmacSigner.sign("Jefe", 1, "what do ya want for nothing?");
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("Jefe".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = java.util.HexFormat.of().formatHex(
        mac.doFinal("1.what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(sig).isEqualTo("sha256=" + expected);
    assertThat(HmacSigner.verify("Jefe", 1, "what do ya want for nothing?", sig)).isTrue();
    assertThat(HmacSigner.verify("Jefe", 2, "what do ya want for nothing?", sig)).isFalse();
    assertThat(HmacSigner.verify("Jefe", 1, "what do ya want for nothing!", sig)).isFalse();
    assertThat(HmacSigner.sign("Jefe", 0, "")).isNotEqualTo(HmacSigner.sign("jefe", 0, ""));
  }
}
