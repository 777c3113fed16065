package dev.aispm.collectors.azure.containerregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.aispm.collectors.azure.Recorded;
import dev.aispm.collectors.azure.containerregistry.AcrImageTransformer.ImageView;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.image.RegistryClient;
import dev.aispm.graph.schema.azure.containerregistry.AzureContainerImageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** ACR transforms on recorded answers, and the token exchange against a local registry. */
class ContainerRegistryTransformersTest {
  private static final ScopeKey SCOPE = new ScopeKey("azure", "00000000-0000-0000-0000-000000000001", ScopeKey.GLOBAL);

  private static List<JsonNode> manifests() throws IOException {
    try (InputStream in = ContainerRegistryTransformersTest.class.getClassLoader()
        .getResourceAsStream("recorded/azure/containerregistry/Manifests_List.json")) {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper().readTree(in).path("manifests").forEach(out::add);
      return out;
    }
  }

  @Test
  void registriesKeepTheirAccessSettingsAndTheApiDefaultsWhenAbsent() {
    List<JsonNode> registries = Recorded.list("containerregistry", "Registries_List");
    NodeRecord premium = ContainerRegistryTransformer.transform(registries.get(0), 4, SCOPE);
    assertThat(premium.id()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/"
        + "inference-rg/providers/microsoft.containerregistry/registries/inferencereg");
    assertThat(premium.properties()).containsEntry("loginServer", "inferencereg.azurecr.io")
        .containsEntry("sku", "Premium").containsEntry("adminUserEnabled", false)
        .containsEntry("anonymousPullEnabled", true).containsEntry("publicNetworkAccess", "Disabled")
        .containsEntry("networkDefaultAction", "Deny").containsEntry("dataEndpointEnabled", true)
        .containsEntry("repositories", 4).containsEntry("resourceGroup", "Inference-RG");
    NodeRecord basic = ContainerRegistryTransformer.transform(registries.get(1), null, SCOPE);
    assertThat(basic.properties()).containsEntry("adminUserEnabled", true).containsEntry("anonymousPullEnabled", false)
        .containsEntry("publicNetworkAccess", "Enabled");
  }

  @Test
  void theNewestContainerImageIsReadNotASignaturePushedAfterIt() throws IOException {
    JsonNode newest = AcrImageTransformer.newest(manifests()).orElseThrow();
    assertThat(newest.path("digest").asText()).isEqualTo("sha256:" + "8".repeat(64));
    WriteBatch out = AcrImageTransformer.transform(List.of(new ImageView("registry-id", "inferencereg.azurecr.io",
        "chat/api", newest, ImageReport.notRead("failed", "HTTP 401"))), SCOPE);
    NodeRecord image = out.nodes(AzureContainerImageSchema.NODE).get(0);
    assertThat(image.id()).isEqualTo("inferencereg.azurecr.io/chat/api@sha256:" + "8".repeat(64));
    assertThat(image.properties()).containsEntry("name", "chat/api:latest").containsEntry("imageScan", "failed")
        .containsEntry("sizeInBytes", 187654321L).containsEntry("updatedAt", "2024-06-01T12:00:00.0000000Z")
        .containsEntry("tags", List.of("latest", "1.4.0"));
    assertThat(out.rels(AzureContainerImageSchema.IN_REGISTRY)).singleElement()
        .satisfies(r -> assertThat(r.toId()).isEqualTo("registry-id"));
  }

  @Test
  void theEntraTokenIsExchangedOnceAndEachScopeGetsItsOwnAccessToken() throws IOException {
    List<String> forms = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", x -> {
      String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      forms.add(x.getRequestURI().getPath() + " " + URLDecoder.decode(body, StandardCharsets.UTF_8));
      String path = x.getRequestURI().getPath();
      String auth = x.getRequestHeaders().getFirst("Authorization");
      byte[] answer;
      int status = 200;
      if (path.equals("/oauth2/exchange")) {
        answer = body.contains("access_token=entra-token") ? "{\"refresh_token\":\"r1\"}".getBytes()
            : "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad token\"}]}".getBytes();
        status = body.contains("access_token=entra-token") ? 200 : 401;
      } else if (path.equals("/oauth2/token")) {
        String scope = URLDecoder.decode(body, StandardCharsets.UTF_8).replaceAll(".*scope=([^&]+).*", "$1");
        answer = ("{\"access_token\":\"a-" + scope + "\"}").getBytes();
      } else {
        answer = ("{\"repositories\":[\"chat/api\"],\"auth\":\"" + auth + "\"}").getBytes();
      }
      x.sendResponseHeaders(status, answer.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(answer);
      }
    });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
      AcrTokens tokens = new AcrTokens(RegistryClient.defaultHttp(), base, "inferencereg.azurecr.io", "tenant-1",
          () -> "entra-token");
      RegistryClient registry = new RegistryClient(RegistryClient.defaultHttp(), base, tokens);
      assertThat(AcrCatalogFetcher.repositories(registry)).containsExactly("chat/api");
      assertThat(tokens.authorization("repository:chat/api:pull")).isEqualTo("Bearer a-repository:chat/api:pull");
      assertThat(tokens.authorization("registry:catalog:*")).isEqualTo("Bearer a-registry:catalog:*");
      assertThat(forms.stream().filter(f -> f.startsWith("/oauth2/exchange"))).singleElement().asString()
          .contains("grant_type=access_token", "service=inferencereg.azurecr.io", "tenant=tenant-1");
      assertThat(forms.stream().filter(f -> f.startsWith("/oauth2/token"))).hasSize(2);

      AcrTokens refused = new AcrTokens(RegistryClient.defaultHttp(), base, "inferencereg.azurecr.io", "tenant-1",
          () -> "other");
      assertThatThrownBy(() -> refused.authorization("registry:catalog:*")).hasMessageContaining("HTTP 401")
          .hasMessageContaining("UNAUTHORIZED").hasMessageNotContaining("other");
    } finally {
      server.stop(0);
    }
  }
}
