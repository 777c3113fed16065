package dev.aispm.collectors.azure.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.storage.blob.models.BlobStorageException;
import dev.aispm.collectors.content.ListedObject;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the Blob content stage takes from List Blobs items and Blob service errors. */
class BlobStoreTest {

  @Test
  void aPathCoversItsOwnBlobAndTheFolderBelowItButNotASibling() {
    assertThat(BlobStore.within("fraud/2024/part-0.jsonl", "fraud/2024")).isTrue();
    assertThat(BlobStore.within("fraud/labels/labels-2024.csv", "fraud/labels/labels-2024.csv")).isTrue();
    assertThat(BlobStore.within("fraud/2024-archive/part-0.jsonl", "fraud/2024")).isFalse();
    assertThat(BlobStore.within("anything/at/all", "")).isTrue();
  }

  @Test
  void aListedBlobKeepsItsSizeVersionAndUnquotedEtag() {
    ListedObject o = BlobStore.listed("fraud/2024/part-0.jsonl", 2048L, "2024-04-01T10:00:00.0000000Z",
        "\"0x8DC52A1B2C3D4E5\"");

    assertThat(o).isEqualTo(new ListedObject("fraud/2024/part-0.jsonl", 2048L, "2024-04-01T10:00:00.0000000Z",
        "0x8DC52A1B2C3D4E5"));
    // A listing without a size: unknown, so the whole per-object budget is reserved for it.
    assertThat(BlobStore.listed("x", null, null, null)).isEqualTo(new ListedObject("x", null, null, null));
    // List Blobs' Last-Modified, which the provenance ledger compares with when training ended.
    assertThat(BlobStore.listed("x", 1L, null, "\"e\"", java.time.OffsetDateTime.parse("2024-04-02T08:30:00Z"))
        .lastModified()).isEqualTo(java.time.Instant.parse("2024-04-02T08:30:00Z"));
  }

  @Test
  void aBlobUriHasThePublicFormTheGraphIdsUseWhateverEndpointWasRead() {
    BlobStore store = new BlobStore(null, "acmetraindata");
    assertThat(store.uri("training", "fraud/2024/part-0.jsonl"))
        .isEqualTo("https://acmetraindata.blob.core.windows.net/training/fraud/2024/part-0.jsonl");
    assertThat(store.uri("training", "")).isEqualTo("https://acmetraindata.blob.core.windows.net/training");
  }

  @Test
  void aDeniedListingNamesTheMissingDataActionAndDropsTheRequestIdLines() {
    BlobStorageException denied = new BlobStorageException("Status code 403",
        response(403, "AuthorizationPermissionMismatch"), null);

    BlobFailures.Failure f = BlobFailures.describe(new RuntimeException("wrapped", denied), BlobStore.READ_DATA_ACTION);

    assertThat(f.missingPermission()).isEqualTo("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read");
    assertThat(f.error()).startsWith("HTTP 403 AuthorizationPermissionMismatch");
  }

  @Test
  void aMissingContainerIsAnErrorButNoPermission() {
    BlobFailures.Failure f = BlobFailures.describe(
        new BlobStorageException("Status code 404", response(404, "ContainerNotFound"), null), BlobStore.READ_DATA_ACTION);

    assertThat(f.missingPermission()).isNull();
    assertThat(f.error()).contains("404", "ContainerNotFound");
    assertThat(BlobFailures.describe(new java.io.IOException("connection reset"), BlobStore.READ_DATA_ACTION))
        .isEqualTo(new BlobFailures.Failure("IOException: connection reset", null));
  }

  /** A Blob service error answer: status and the x-ms-error-code header, as the REST reference gives them. */
  private static HttpResponse response(int status, String code) {
    HttpHeaders headers = new HttpHeaders().set(HttpHeaderName.fromString("x-ms-error-code"), code);
    return new HttpResponse(new HttpRequest(HttpMethod.GET, "https://acmetraindata.blob.core.windows.net/training")) {
      @Override
      public int getStatusCode() {
        return status;
      }

      @Deprecated
      @Override
      public String getHeaderValue(String name) {
        return headers.getValue(HttpHeaderName.fromString(name));
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }

      @Override
      public Flux<ByteBuffer> getBody() {
        return Flux.empty();
      }

      @Override
      public Mono<byte[]> getBodyAsByteArray() {
        return Mono.just(new byte[0]);
      }

      @Override
      public Mono<String> getBodyAsString() {
        return Mono.just("");
      }

      @Override
      public Mono<String> getBodyAsString(Charset charset) {
        return Mono.just(new String(new byte[0], StandardCharsets.UTF_8));
      }
    };
  }
}
