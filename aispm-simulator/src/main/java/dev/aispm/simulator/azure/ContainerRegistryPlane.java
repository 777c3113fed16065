package dev.aispm.simulator.azure;

import dev.aispm.simulator.registry.RegistryImages;
import dev.aispm.simulator.registry.RegistryImages.Layer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data plane of the simulated registry {@code acmemlregistry.azurecr.io}, as ACR's
 * authentication and REST references describe it: {@code POST /oauth2/exchange} turns the
 * tenant's Entra ID token into a refresh token for one registry (the {@code service}),
 * {@code POST /oauth2/token} into an access token for one scope, and {@code /acr/v1/_catalog},
 * {@code /acr/v1/NAME/_manifests}, {@code /acr/v1/NAME/_manifests/DIGEST},
 * {@code /acr/v1/NAME/_tags/TAG} and the distribution API's manifests and blobs answer only
 * tokens holding their scope.
 *
 * <p>The fraud team's scoring service installs the OpenAI SDK and MLflow 2.9.1 (path traversal
 * advisories, fixed in 2.9.2) and calls OpenAI's public API: AI outside Azure OpenAI. Its older
 * image {@code v2}, which the {@code fraud-scoring} environment's version 3 still names, holds
 * LangChain 0.1.10 (PYSEC-2024-43). The batch scorer's only image (Transformers), which version 4
 * names without a tag, is the newest of a second repository.
 */
final class ContainerRegistryPlane {
  static final String LOGIN_SERVER = "acmemlregistry.azurecr.io";
  private static final String REPOSITORY = "fraud/scoring-api";
  private static final String BATCH = "fraud/batch-scorer";

  /** One pushed image: its repository, tag, digest and push time; listed newest first per repository. */
  private record Pushed(String repository, String tag, String digest, String time) {}

  /**
   * An answer of the data plane.
   *
   * @param status      HTTP status
   * @param contentType media type of the body
   * @param body        the body
   */
  record Answer(int status, String contentType, byte[] body) {}

  private final RegistryImages images = new RegistryImages();
  private final List<Pushed> pushed = new java.util.ArrayList<>();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

  ContainerRegistryPlane() {
    String site = "usr/local/lib/python3.11/site-packages/";
    // Pushed first, so v3 is the newest and v2 is read only because a workload names it.
    push(REPOSITORY, "v2", "2024-02-12T09:30:00.0000000Z", List.of(
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            "etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n")),
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            site + "langchain-0.1.10.dist-info/METADATA", "Metadata-Version: 2.1\nName: langchain\nVersion: 0.1.10\n",
            "app/score.py", "from langchain.chains import LLMChain\n"))));
    push(REPOSITORY, "v3", "2024-05-20T08:00:00.0000000Z", List.of(
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            "etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n")),
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            site + "openai-1.30.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: openai\nVersion: 1.30.1\n",
            site + "mlflow-2.9.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: mlflow\nVersion: 2.9.1\n",
            "app/score.py", "from openai import OpenAI\n\nclient = OpenAI(base_url='https://api.openai.com/v1')\n"))));
    push(BATCH, "latest", "2024-04-02T07:15:00.0000000Z", List.of(
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            site + "transformers-4.38.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: transformers\nVersion: 4.38.0\n"))));
  }

  private void push(String repository, String tag, String time, List<Layer> layers) {
    pushed.add(0, new Pushed(repository, tag, images.push(repository, tag, layers), time));
  }

  /** Whether a path belongs to the registry's data plane rather than ARM or the Blob service. */
  static boolean matches(String path) {
    return path.startsWith("/oauth2/exchange") || path.startsWith("/oauth2/token") || path.startsWith("/acr/v1/")
        || path.startsWith("/v2/");
  }

  Answer handle(String method, String path, String query, String form, String authorization, String entraToken) {
    if (path.equals("/oauth2/exchange") && method.equals("POST")) {
      Map<String, String> f = form(form);
      if (!"access_token".equals(f.get("grant_type")) || !entraToken.equals(f.get("access_token"))) {
        return error(401, "UNAUTHORIZED", "the access token is not valid for the registry");
      }
      if (!LOGIN_SERVER.equals(f.get("service"))) {
        return error(400, "BAD_REQUEST", "unknown service " + f.get("service"));
      }
      String refresh = "acr-refresh-" + UUID.randomUUID();
      refreshTokens.put(refresh, f.get("service"));
      return json(200, "{\"refresh_token\":\"" + refresh + "\"}");
    }
    if (path.equals("/oauth2/token") && method.equals("POST")) {
      Map<String, String> f = form(form);
      if (!"refresh_token".equals(f.get("grant_type")) || !refreshTokens.containsKey(f.getOrDefault("refresh_token", ""))) {
        return error(401, "UNAUTHORIZED", "the refresh token is not valid");
      }
      String access = "acr-access-" + UUID.randomUUID();
      accessTokens.put(access, f.getOrDefault("scope", ""));
      return json(200, "{\"access_token\":\"" + access + "\"}");
    }
    if (!method.equals("GET")) {
      return error(405, "UNSUPPORTED", "the simulated registry is read-only");
    }
    String scope = authorization != null && authorization.startsWith("Bearer ")
        ? accessTokens.get(authorization.substring(7)) : null;
    if (scope == null) {
      return error(401, "UNAUTHORIZED", "authentication required");
    }
    if (path.equals("/acr/v1/_catalog")) {
      if (!scope.equals("registry:catalog:*")) {
        return error(401, "UNAUTHORIZED", "the token does not hold registry:catalog:*");
      }
      return json(200, "{\"repositories\":[\"" + REPOSITORY + "\",\"" + BATCH + "\"]}");
    }
    String name = path.startsWith("/acr/v1/") ? acrName(path)
        : path.substring(4, Math.max(4, path.lastIndexOf(path.contains("/manifests/") ? "/manifests/" : "/blobs/")));
    if (!scope.equals("repository:" + name + ":pull")) {
      return error(401, "UNAUTHORIZED", "the token does not hold repository:" + name + ":pull");
    }
    if (path.startsWith("/acr/v1/") && pushed.stream().noneMatch(p -> p.repository().equals(name))) {
      return error(404, "NAME_UNKNOWN", "repository name not known to registry");
    }
    if (path.endsWith("/_manifests")) {
      return json(200, "{\"registry\":\"" + LOGIN_SERVER + "\",\"imageName\":\"" + name + "\",\"manifests\":["
          + String.join(",", pushed.stream().filter(p -> p.repository().equals(name)).map(this::attributes).toList())
          + "]}");
    }
    if (path.contains("/_manifests/")) {
      String digest = path.substring(path.lastIndexOf('/') + 1);
      Optional<Pushed> image = pushed.stream().filter(p -> p.repository().equals(name) && p.digest().equals(digest))
          .findFirst();
      return image.map(p -> json(200, "{\"registry\":\"" + LOGIN_SERVER + "\",\"imageName\":\"" + name
              + "\",\"manifest\":" + attributes(p) + "}"))
          .orElseGet(() -> error(404, "MANIFEST_UNKNOWN", "manifest unknown"));
    }
    if (path.contains("/_tags/")) {
      String tag = path.substring(path.lastIndexOf('/') + 1);
      Optional<Pushed> image = pushed.stream().filter(p -> p.repository().equals(name) && p.tag().equals(tag))
          .findFirst();
      return image.map(p -> json(200, "{\"registry\":\"" + LOGIN_SERVER + "\",\"imageName\":\"" + name
              + "\",\"tag\":{\"name\":\"" + tag + "\",\"digest\":\"" + p.digest() + "\",\"createdTime\":\""
              + p.time() + "\",\"lastUpdateTime\":\"" + p.time() + "\",\"signed\":false,\"changeableAttributes\":{"
              + "\"deleteEnabled\":true,\"writeEnabled\":true,\"readEnabled\":true,\"listEnabled\":true}}}"))
          .orElseGet(() -> error(404, "TAG_UNKNOWN", "the specified tag does not exist"));
    }
    String reference = path.substring(path.lastIndexOf('/') + 1);
    if (path.contains("/manifests/")) {
      Optional<byte[]> m = images.manifest(name, reference);
      return m.map(b -> new Answer(200, RegistryImages.OCI_MANIFEST, b))
          .orElseGet(() -> error(404, "MANIFEST_UNKNOWN", "manifest unknown"));
    }
    return images.blob(reference).map(b -> new Answer(200, "application/octet-stream", b))
        .orElseGet(() -> error(404, "BLOB_UNKNOWN", "blob unknown to registry"));
  }

  /** The repository of an {@code /acr/v1/NAME/_manifests[/DIGEST]} or {@code /acr/v1/NAME/_tags/TAG} path. */
  private static String acrName(String path) {
    int end = path.indexOf("/_manifests");
    if (end < 0) {
      end = path.indexOf("/_tags");
    }
    return end < 8 ? "" : path.substring(8, end);
  }

  /** One manifest's attributes as ACR lists and returns them. */
  private String attributes(Pushed p) {
    return "{\"digest\":\"" + p.digest() + "\",\"imageSize\":" + images.size(p.digest()) + ","
        + "\"createdTime\":\"" + p.time() + "\",\"lastUpdateTime\":\"" + p.time() + "\","
        + "\"architecture\":\"amd64\",\"os\":\"linux\",\"mediaType\":\"" + RegistryImages.OCI_MANIFEST + "\","
        + "\"configMediaType\":\"application/vnd.oci.image.config.v1+json\",\"tags\":[\"" + p.tag() + "\"],"
        + "\"changeableAttributes\":{\"deleteEnabled\":true,\"writeEnabled\":true,\"readEnabled\":true,"
        + "\"listEnabled\":true}}";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : (body == null ? "" : body).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static Answer json(int status, String body) {
    return new Answer(status, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer error(int status, String code, String message) {
    return new Answer(status, "application/json; charset=utf-8", RegistryImages.error(code, message));
  }
}
