package dev.aispm.collectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The blob content stage through the real Blob client (List Blobs with marker paging, ranged Get
 * Blob, bearer token for Azure Storage) against the simulated tenant's Blob service, reached at
 * the endpoints ARM reported for the storage accounts.
 */
class BlobContentScanIT {
  @RegisterExtension
  static final SimulatedTenant azure = new SimulatedTenant();
  static final String MODEL = "https://acmemlworkspace.blob.core.windows.net/azureml-blobstore-fraud/models/fraud-detector";
  static final String TRAINING = "https://acmetraindata.blob.core.windows.net/training/fraud/2024";

  @Test
  void modelFilesAndTrainingDataGoThroughTheContentScanners() {
    ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-blobs");

    assertThat(ledger.failures().stream().filter(f -> "content-scan".equals(f.resourceType())).toList())
        .as("content failures").isEmpty();
    Record model = one("MATCH (m:ModelArtifact:AzureBlobModelArtifact {id: $id}) RETURN m.scanStatus AS status, "
        + "m.scanMaxSeverity AS severity, m.scanBytesRead AS bytes, m.sha256 AS sha", MODEL);
    assertThat(model.get("status").asString()).isEqualTo("malicious");
    assertThat(model.get("severity").asString()).isEqualTo("critical");
    assertThat(model.get("bytes").asLong()).isPositive();
    // A folder of two files is not one file: no hash names it.
    assertThat(model.get("sha").isNull()).isTrue();
    Record pickle = one("MATCH (c:ContentFinding)-[:FOUND_IN]->(:AzureBlobModelArtifact {id: $id}) WHERE c.severity = 'critical' "
        + "RETURN c.bucket AS container, c.key AS blob, c.etag AS etag, c.objectUri AS uri LIMIT 1", MODEL);
    assertThat(pickle.get("container").asString()).isEqualTo("azureml-blobstore-fraud");
    assertThat(pickle.get("blob").asString()).isEqualTo("models/fraud-detector/model.pkl");
    assertThat(pickle.get("etag").asString()).isEqualTo("0x8DC52A1B2C3D4E5");
    assertThat(pickle.get("uri").asString()).isEqualTo(MODEL + "/model.pkl");

    // The job's input prefix: both parts read, the sibling fraud/2024-archive left alone.
    Record data = one("MATCH (p:DataObject:AzureBlobPrefix {id: $id}) RETURN p.secretCount AS secrets, p.piiCount AS pii, "
        + "p.sensitivity AS sensitivity, p.objectsScanned AS scanned, p.scanComplete AS complete, "
        + "p.objectsWithSecrets AS withSecrets", TRAINING);
    assertThat(data.get("secrets").asInt()).isPositive();
    assertThat(data.get("pii").asInt()).isPositive();
    assertThat(data.get("sensitivity").asString()).isEqualTo("secrets");
    assertThat(data.get("scanned").asInt()).isEqualTo(2);
    assertThat(data.get("complete").asBoolean()).isTrue();
    assertThat(data.get("withSecrets").asList(v -> v.asString())).containsExactly(TRAINING + "/part-00000.jsonl");
    Record secret = one("MATCH (c:ContentFinding)-[:FOUND_IN]->(:AzureBlobPrefix {id: $id}) WHERE c.ruleId STARTS WITH 'secret.' "
        + "RETURN c.versionId AS version, c.preview AS preview, c.fingerprint AS fingerprint LIMIT 1", TRAINING);
    // The training account keeps versions: the finding names the version Get Blob read.
    assertThat(secret.get("version").asString()).isEqualTo("2024-04-01T10:00:00.0000000Z");
    assertThat(secret.get("fingerprint").asString()).isNotBlank();
    assertThat(secret.get("preview").asString()).endsWith("****");
    // What List Blobs said about each blob under the job's input, for the provenance ledger.
    Record listing = one("MATCH (p:AzureBlobPrefix {id: $id}) RETURN p.objectsListed AS listed, "
        + "p.listingComplete AS complete", TRAINING);
    assertThat(listing.get("listed").asInt()).isEqualTo(2);
    assertThat(listing.get("complete").asBoolean()).isTrue();
    Record part = one("MATCH (l:ListedObject)-[:LISTED_UNDER]->(:AzureBlobPrefix {id: $id}) "
        + "WHERE l.key = 'fraud/2024/part-00000.jsonl' RETURN l.uri AS uri, l.bucket AS container, l.etag AS etag, "
        + "l.versionId AS version, l.lastModified AS modified, l.size AS size, l.sha256 AS sha", TRAINING);
    assertThat(part.get("uri").asString()).isEqualTo(TRAINING + "/part-00000.jsonl");
    assertThat(part.get("container").asString()).isEqualTo("training");
    assertThat(part.get("etag").asString()).doesNotContain("\"").isNotBlank();
    // List Blobs names versions only when asked for all of them (include=versions), which the stage does not.
    assertThat(part.get("version").isNull()).isTrue();
    assertThat(part.get("modified").asZonedDateTime().toInstant()).isEqualTo(java.time.Instant.parse("2024-04-01T10:00:00Z"));
    assertThat(part.get("size").asLong()).isPositive();
    // Read in full: named by its content.
    assertThat(part.get("sha").asString()).hasSize(64);

    // A single labels file read in full and clean.
    Record labels = one("MATCH (p:AzureBlobPrefix {id: $id}) RETURN p.sensitivity AS sensitivity, p.objectsScanned AS scanned",
        "https://acmetraindata.blob.core.windows.net/training/fraud/labels/labels-2024.csv");
    assertThat(labels.get("sensitivity").asString()).isEqualTo("none");
    assertThat(labels.get("scanned").asInt()).isEqualTo(1);
  }

  @Test
  void aContainerTheScannerMayNotReadIsRecordedAndTheRestIsScanned() {
    azure.server().stubFor(get(urlPathEqualTo("/acmetraindata/training")).withQueryParam("comp", equalTo("list"))
        .atPriority(1).willReturn(aResponse().withStatus(403)
            .withHeader("Content-Type", "application/xml")
            .withHeader("x-ms-error-code", "AuthorizationPermissionMismatch")
            .withBody("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationPermissionMismatch</Code>"
                + "<Message>This request is not authorized to perform this operation using this permission.\n"
                + "RequestId:0b7c3e1a-001e-0042-1f2a-84b1c5000000\nTime:2024-04-01T10:00:00.0000000Z</Message></Error>")));

    ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-blob-denied");

    List<ScopeOutcome> denied = ledger.failures().stream().filter(f -> "content-scan".equals(f.resourceType())).toList();
    assertThat(denied).isNotEmpty().allSatisfy(f -> {
      assertThat(f.missingPermission()).isEqualTo(BlobStore.READ_DATA_ACTION);
      assertThat(f.error()).contains("403", "AuthorizationPermissionMismatch").doesNotContain("RequestId");
      assertThat(f.operation()).startsWith("List Blobs https://acmetraindata.blob.core.windows.net/training");
      assertThat(f.scope().account()).isEqualTo("11111111-aaaa-4aaa-8aaa-111111111111");
    });
    // The denied container's prefixes keep no verdict; the model in another account is still judged.
    assertThat(one("MATCH (p:AzureBlobPrefix {id: $id}) RETURN p.sensitivity AS s", TRAINING).get("s").isNull()).isTrue();
    assertThat(one("MATCH (m:AzureBlobModelArtifact {id: $id}) RETURN m.scanStatus AS s", MODEL).get("s").asString())
        .isEqualTo("malicious");
  }

  @Test
  void aContainerPastItsBudgetIsNotFullyScannedAndItsSensitivityUnknown() {
    Map<String, String> env = new HashMap<>(azure.azureEnvironment());
    env.put("AISPM_CONTENT_MAX_OBJECTS_PER_BUCKET", "1");

    AzureScans.scan(env, "scan-blob-budget");

    // Training inputs come first: the prefix the job reads gets the container's one object.
    Record data = one("MATCH (p:AzureBlobPrefix {id: $id}) RETURN p.objectsScanned AS scanned, p.objectsSkipped AS skipped, "
        + "p.scanComplete AS complete, p.sensitivity AS sensitivity", TRAINING);
    assertThat(data.get("scanned").asInt()).isEqualTo(1);
    assertThat(data.get("skipped").asInt()).isPositive();
    assertThat(data.get("complete").asBoolean()).isFalse();
    // The first part holds the secret, so the prefix is known to hold secrets even though not all was read.
    assertThat(data.get("sensitivity").asString()).isEqualTo("secrets");
    // The listing stopped at the budget too: the blob read and the first one left unread, not complete.
    Record listing = one("MATCH (p:AzureBlobPrefix {id: $id}) RETURN p.objectsListed AS listed, "
        + "p.listingComplete AS complete", TRAINING);
    assertThat(listing.get("listed").asInt()).isEqualTo(2);
    assertThat(listing.get("complete").asBoolean()).isFalse();
    Record labels = one("MATCH (p:AzureBlobPrefix {id: $id}) RETURN p.sensitivity AS s, p.objectsSkipped AS skipped",
        "https://acmetraindata.blob.core.windows.net/training/fraud/labels/labels-2024.csv");
    assertThat(labels.get("s").asString()).isEqualTo("unknown");
    assertThat(labels.get("skipped").asInt()).isEqualTo(1);
  }

  private static Record one(String cypher, String id) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher, Map.of("id", id)).single();
    }
  }
}
