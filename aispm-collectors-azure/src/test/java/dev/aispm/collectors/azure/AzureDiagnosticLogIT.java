package dev.aispm.collectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.simulator.azure.SimulatedAzure;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The AI Services account's diagnostic logs, archived to a storage account, read through the real
 * ARM pipeline and Blob client against the simulated tenant into a real Neo4j: the archives come
 * from the account's diagnostic settings, the hourly append blobs are listed a day at a time and
 * read from the checkpoint, a grown blob only for its tail, and a denied container is recorded
 * with the missing data action while the other archive is still read.
 */
class AzureDiagnosticLogIT {
  @RegisterExtension
  static final SimulatedTenant azure = new SimulatedTenant();
  static final String PROD = "11111111-aaaa-4aaa-8aaa-111111111111";
  static final String ACCOUNT = "/subscriptions/" + PROD
      + "/resourcegroups/ai-prod/providers/microsoft.cognitiveservices/accounts/acme-aiservices-secure";
  static final String CALLS = "azure/diagnostic-logs/acmeailogs/insights-logs-requestresponse/" + ACCOUNT;
  static final String AUDIT = "azure/diagnostic-logs/acmeailogs/insights-logs-audit/" + ACCOUNT;
  /** Nine usual days of 4 calls, then the burst of 240. */
  static final int PLANTED_CALLS = 9 * 4 + 240;

  /** The tenant's environment with a backfill reaching the nine days of usual traffic. */
  private static Map<String, String> tenDaysBack() {
    Map<String, String> env = new HashMap<>(azure.azureEnvironment());
    env.put("AISPM_MISUSE_BACKFILL_HOURS", "240");
    return env;
  }

  @Test
  void aKeyUsedFromANewAddressInABurstIsDetectedAndASecondScanReadsOnlyNewLines() {
    ScanLedger first = AzureScans.scan(tenDaysBack(), "scan-diag-1");

    // The development subscription's role assignments answer 403 by design; the logs read cleanly.
    assertThat(first.failures()).as(first.failures().toString()).noneMatch(f -> f.resourceType().equals("activity"));
    Record caller = one("MATCH (d:MisuseDetection {detector: 'misuse_model_invoked_by_new_caller'}) "
        + "RETURN d.targetId AS target, d.summary AS summary, d.eventCount AS n, d.sourceIps AS ips");
    assertThat(caller.get("target").asString()).isEqualTo(ACCOUNT);
    assertThat(caller.get("summary").asString()).contains("source address 10.20.9.***")
        .contains("/openai/deployments/embeddings/action");
    assertThat(caller.get("n").asLong()).as("a newcomer is reported once").isEqualTo(1);
    Record spike = one("MATCH (d:MisuseDetection {detector: 'misuse_model_invocation_spike'}) "
        + "RETURN d.targetId AS target, d.summary AS summary");
    assertThat(spike.get("target").asString()).isEqualTo(ACCOUNT);
    assertThat(spike.get("summary").asString()).contains("called 200 times in the hour");
    // Linked to the inventory's account node, which the finding's context and playbook read.
    assertThat(rows("MATCH (:MisuseDetection)-[:TARGETS]->(:AzureCognitiveServicesAccount {name: "
        + "'acme-aiservices-secure'}) RETURN 1")).isEqualTo(2);
    Record calls = checkpoint(CALLS);
    assertThat(calls.get("read").asLong()).isEqualTo(PLANTED_CALLS);
    assertThat(calls.get("malformed").asLong()).as("the record the service cut short").isEqualTo(1);
    assertThat(calls.get("position").asString()).startsWith("resourceId=/SUBSCRIPTIONS/" + PROD.toUpperCase()
        + "/RESOURCEGROUPS/AI-PROD/PROVIDERS/MICROSOFT.COGNITIVESERVICES/ACCOUNTS/ACME-AISERVICES-SECURE/y=");
    assertThat(checkpoint(AUDIT).get("read").asLong()).isEqualTo(1);

    // The burst hour's blob grows by one record, and a new hour's blob appears.
    Instant burstHour = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.HOURS);
    azure.logModelCall(burstHour.plus(Duration.ofMinutes(58)).plusSeconds(30), "10.20.9.***");
    azure.logModelCall(Instant.now().minusSeconds(5), "10.20.4.***");
    ScanLedger second = AzureScans.scan(tenDaysBack(), "scan-diag-2");

    assertThat(second.failures()).noneMatch(f -> f.resourceType().equals("activity"));
    assertThat(checkpoint(CALLS).get("read").asLong()).as("only the two new lines").isEqualTo(PLANTED_CALLS + 2);
    assertThat(checkpoint(CALLS).get("malformed").asLong()).as("the cut record is not read again").isEqualTo(1);
    assertThat(checkpoint(AUDIT).get("read").asLong()).isEqualTo(1);
    assertThat(one("MATCH (d:MisuseDetection {detector: 'misuse_model_invoked_by_new_caller'}) RETURN d.eventCount AS n")
        .get("n").asLong()).as("both addresses are known by now").isEqualTo(1);
  }

  @Test
  void aFirstScanReadsOnlyItsBackfillWindowSoTheModelsBaselineIsStillLearning() {
    // A tenant of its own: the shared one's blobs grow with the lines other tests append.
    try (SimulatedAzure fresh = SimulatedAzure.start()) {
      AzureScans.scan(fresh.azureEnvironment(), "scan-diag-default");
    }

    long read = checkpoint(CALLS).get("read").asLong();
    assertThat(read).as("the burst and at most the calls of the day before, never nine days")
        .isBetween(240L, 244L);
    assertThat(rows("MATCH (d:MisuseDetection) WHERE d.detector IN ['misuse_model_invoked_by_new_caller', "
        + "'misuse_model_invocation_spike'] RETURN d")).isZero();
  }

  @Test
  void aDeniedContainerIsRecordedWithTheDataActionAndTheOtherArchiveIsStillRead() {
    azure.server().stubFor(get(urlPathEqualTo("/acmeailogs/insights-logs-requestresponse")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
            .withHeader("x-ms-error-code", "AuthorizationPermissionMismatch")
            .withBody("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationPermissionMismatch</Code>"
                + "<Message>This request is not authorized to perform this operation using this permission.\n"
                + "RequestId:0\nTime:2026-12-01T10:00:00.0000000Z</Message></Error>")));
    try {
      ScanLedger ledger = AzureScans.scan(tenDaysBack(), "scan-diag-denied");

      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("activity");
        assertThat(f.scope().account()).isEqualTo(PROD);
        assertThat(f.operation()).startsWith("List Blobs https://acmeailogs.blob.core.windows.net/"
            + "insights-logs-requestresponse/resourceId=");
        assertThat(f.error()).contains("403");
        assertThat(f.missingPermission()).isEqualTo(BlobStore.READ_DATA_ACTION);
      });
      assertThat(rows("MATCH (c:ActivityCheckpoint {id: '" + CALLS + "'}) WHERE c.eventsRead > 0 RETURN c")).isZero();
      assertThat(checkpoint(AUDIT).get("read").asLong()).isEqualTo(1);
      assertThat(rows("MATCH (d:MisuseDetection {detector: 'misuse_model_invoked_by_new_caller'}) RETURN d")).isZero();
    } finally {
      azure.resetFaults();
    }
  }

  private static Record checkpoint(String id) {
    return one("MATCH (c:ActivityCheckpoint {id: '" + id + "'}) "
        + "RETURN c.eventsRead AS read, c.malformed AS malformed, c.position AS position");
  }

  private static long rows(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list().size();
    }
  }

  private static Record one(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      List<Record> rows = s.run(cypher).list();
      assertThat(rows).as(cypher).hasSize(1);
      return rows.get(0);
    }
  }
}
