package dev.aispm.collectors.azure.storage;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import reactor.core.publisher.Mono;

/**
 * Builds the Blob service clients every blob reader uses (the content stage, the diagnostic log
 * reader), so they reach an account the same way: at the endpoint ARM reported, with the scan's
 * credential, HTTP client and retry budget.
 */
public final class BlobClients {
  private BlobClients() {}

  /** A client on {@code endpoint} (an account's {@code primaryEndpoints.blob}). */
  public static BlobServiceClient service(String endpoint, HttpClient http, TokenCredential credential,
      int maxRetries) {
    return new BlobServiceClientBuilder().endpoint(endpoint).credential(credential).httpClient(http)
        .retryOptions(new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, maxRetries + 1,
            (Integer) null, null, null, null))
        .addPolicy(new GetWithoutBody())
        .buildClient();
  }

  /**
   * The Blob client sets {@code Content-Length: 0} on its GETs, a header the JDK HTTP client
   * refuses to set (and warns about on every request); a GET has no body, so it is dropped here.
   */
  private static final class GetWithoutBody implements HttpPipelinePolicy {
    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context,
        HttpPipelineNextPolicy next) {
      strip(context.getHttpRequest());
      return next.process();
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
      strip(context.getHttpRequest());
      return next.processSync();
    }

    private static void strip(HttpRequest request) {
      if (request.getHttpMethod() == HttpMethod.GET) {
        request.getHeaders().remove(HttpHeaderName.CONTENT_LENGTH);
      }
    }
  }
}
