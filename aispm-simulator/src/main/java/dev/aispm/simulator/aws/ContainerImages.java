package dev.aispm.simulator.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The simulated organization's ECR registry: the API answers (DescribeRepositories,
 * DescribeImages, GetAuthorizationToken, JSON 1.1 under {@code AmazonEC2ContainerRegistry_V20150921})
 * and the registry's OCI distribution endpoints ({@code GET /v2/<name>/manifests/<ref>},
 * {@code GET /v2/<name>/blobs/<digest>}) behind the {@code proxyEndpoint} the token answer names.
 * As in ECR, the registry takes the token as Basic credentials and answers a blob with a
 * redirect to a presigned S3 URL that must be fetched without them.
 *
 * <p>The images are built here, in memory, when the simulator starts: gzip'd tar layers, an OCI
 * image config and manifests, so their digests are real SHA-256s of real bytes and no binary
 * file sits in the repository.
 */
final class ContainerImages {
  static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
  private static final String LAYERS_PATH = "/ecr-layers/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT = "111111111111";
  private static final String REGION = "us-east-1";

  /** One pushed image: its repository, manifest (or index) digest, tags and push time. */
  private record Pushed(String repository, String digest, String mediaType, String configMediaType, long size,
      List<String> tags, long pushedAt) {}

  private final Map<String, byte[]> blobs = new LinkedHashMap<>();
  private final Map<String, String> manifestTypes = new LinkedHashMap<>();
  private final List<String> repositories = List.of("platform/base-python", "support/ticket-triage");
  private final List<Pushed> pushed = new ArrayList<>();
  /** Issued registry passwords, each good for the account and region that asked. */
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  ContainerImages() {
    byte[] base = layer(Map.of(
        "etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n",
        "usr/lib/python3/dist-packages/requests-2.28.1.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: requests\nVersion: 2.28.1\n"));
    // Shadow AI: the support team's triage service installs the OpenAI SDK and LangChain and
    // runs an MLflow 2.9.1 tracking client (path traversal advisories, fixed in 2.9.2). An older
    // Transformers it once shipped is deleted by the top layer's whiteout and must not count.
    String site = "usr/local/lib/python3.11/site-packages/";
    byte[] deps = layer(Map.of(
        site + "openai-1.30.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: openai\nVersion: 1.30.1\n",
        site + "langchain-0.2.5.dist-info/METADATA", "Metadata-Version: 2.1\nName: langchain\nVersion: 0.2.5\n",
        site + "mlflow-2.9.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: mlflow\nVersion: 2.9.1\n",
        site + "transformers-4.30.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: transformers\nVersion: 4.30.0\n"));
    byte[] app = layer(Map.of(
        site + ".wh.transformers-4.30.0.dist-info", "",
        "app/triage.py", "import os\nfrom openai import OpenAI\n\nclient = OpenAI(base_url='https://api.openai.com/v1')\n\n"
            + "def triage(ticket):\n    return client.chat.completions.create(model='gpt-4o', messages=[{'role': "
            + "'user', 'content': ticket}])\n"));
    String amd64 = image(OCI_MANIFEST, "application/vnd.oci.image.layer.v1.tar+gzip", List.of(base, deps, app));
    String index = index(amd64);
    pushed.add(new Pushed("support/ticket-triage", index, OCI_INDEX, "application/vnd.oci.image.config.v1+json",
        size(base, deps, app), List.of("latest", "2024-06-01"), 1_717_200_000L));
    // The January build of the same repository, still run by the nightly re-index task, which pins
    // it by digest: it ships the Transformers 4.30.0 the newest build deletes (a deserialization
    // advisory), so only reading the images workloads pin finds it.
    byte[] januaryDeps = layer(Map.of(
        site + "transformers-4.30.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: transformers\nVersion: 4.30.0\n",
        "app/reindex.py", "from transformers import pipeline\n\nembed = pipeline('feature-extraction')\n"));
    String older = image(OCI_MANIFEST, "application/vnd.oci.image.layer.v1.tar+gzip", List.of(base, januaryDeps));
    pushed.add(new Pushed("support/ticket-triage", older, OCI_MANIFEST, "application/vnd.oci.image.config.v1+json",
        size(base, januaryDeps), List.of("2024-01-15"), 1_705_300_000L));
    // The platform team's base image: no AI in it.
    String plain = image(DOCKER_MANIFEST, "application/vnd.docker.image.rootfs.diff.tar.gzip", List.of(base));
    pushed.add(new Pushed("platform/base-python", plain, DOCKER_MANIFEST,
        "application/vnd.docker.container.image.v1+json", size(base), List.of("3.11"), 1_710_000_000L));
  }

  /** Whether a request goes to the registry's HTTP API or a layer's presigned download. */
  static boolean isRegistry(String url) {
    return url.startsWith("/v2/") || url.startsWith(LAYERS_PATH);
  }

  /** The ECR API answers, for the organization's account and region; other scopes have no repositories. */
  Optional<AwsAnswer> answer(AwsCall call, String base) {
    if (!call.service().equals("ecr")) {
      return Optional.empty();
    }
    boolean here = call.account().equals(ACCOUNT) && call.region().equals(REGION);
    ObjectNode out = JSON.createObjectNode();
    switch (call.operation()) {
      case "DescribeRepositories" -> {
        ArrayNode list = out.putArray("repositories");
        if (here) {
          for (String r : repositories) {
            list.addObject()
                .put("repositoryArn", "arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/" + r)
                .put("registryId", ACCOUNT)
                .put("repositoryName", r)
                .put("repositoryUri", ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/" + r)
                .put("createdAt", 1_700_000_000L)
                .put("imageTagMutability", "MUTABLE")
                .putObject("imageScanningConfiguration").put("scanOnPush", false);
          }
        }
      }
      case "DescribeImages" -> {
        String repo = call.params().getOrDefault("repositoryName", "");
        if (!here || !repositories.contains(repo)) {
          return Optional.of(AwsErrors.error(AwsCall.Protocol.JSON, "ecr", 400, "RepositoryNotFoundException",
              "The repository with name '" + repo + "' does not exist in the registry with id '"
                  + call.account() + "'"));
        }
        ArrayNode list = out.putArray("imageDetails");
        for (Pushed p : pushed) {
          if (p.repository().equals(repo)) {
            ObjectNode d = list.addObject().put("registryId", ACCOUNT).put("repositoryName", repo)
                .put("imageDigest", p.digest());
            p.tags().forEach(d.putArray("imageTags")::add);
            d.put("imageSizeInBytes", p.size()).put("imagePushedAt", p.pushedAt())
                .put("imageManifestMediaType", p.mediaType()).put("artifactMediaType", p.configMediaType());
          }
        }
      }
      case "GetAuthorizationToken" -> {
        String password = "sim" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(password, call.account() + "/" + call.region());
        out.putArray("authorizationData").addObject()
            .put("authorizationToken", Base64.getEncoder().encodeToString(("AWS:" + password)
                .getBytes(StandardCharsets.UTF_8)))
            .put("expiresAt", System.currentTimeMillis() / 1000 + 12 * 3600)
            .put("proxyEndpoint", base);
      }
      default -> {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(new AwsAnswer(200, "application/x-amz-json-1.1", Map.of(), JSON.writeValueAsBytes(out)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A workload answer (an ECS task definition, a Lambda function) with each
   * {@code {ecr-digest:<repository>:<tag>}} in its stored file replaced by the digest of the image
   * that carries the tag, as the workload would name it after pinning that build. The digests are
   * SHA-256s of the layers built at start, whose gzip bytes depend on the JDK's zlib, so the files
   * cannot spell them out.
   */
  AwsAnswer pinDigests(AwsAnswer answer) {
    if (answer.body().length == 0 || !answer.contentType().contains("json")) {
      return answer;
    }
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    if (!body.contains(PIN)) {
      return answer;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = body.indexOf(PIN); at >= 0; at = body.indexOf(PIN, from)) {
      int end = body.indexOf('}', at);
      String ref = body.substring(at + PIN.length(), end);
      int colon = ref.lastIndexOf(':');
      String digest = pushed.stream().filter(p -> p.repository().equals(ref.substring(0, colon))
              && p.tags().contains(ref.substring(colon + 1))).map(Pushed::digest).findFirst()
          .orElseThrow(() -> new IllegalStateException("no simulated image " + ref));
      out.append(body, from, at).append(digest);
      from = end + 1;
    }
    out.append(body.substring(from));
    return new AwsAnswer(answer.status(), answer.contentType(), answer.headers(),
        out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static final String PIN = "{ecr-digest:";

  /**
   * A registry request: a manifest or blob with the token as Basic credentials, or a layer's
   * presigned download without them. {@code seen} receives the IAM action each request needs.
   */
  AwsAnswer registry(Request request, Set<String> seen) {
    String url = request.getUrl();
    String auth = request.getHeader("Authorization");
    if (url.startsWith(LAYERS_PATH)) {
      if (auth != null) {
        return xmlError(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
            + "parameter, Signature query string parameter or the Authorization header should be specified");
      }
      String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      if (!url.contains("X-Amz-Signature=")) {
        return xmlError(403, "AccessDenied", "Request has expired or is not presigned");
      }
      byte[] blob = blobs.get("sha256:" + path.substring(LAYERS_PATH.length()));
      return blob == null ? xmlError(404, "NoSuchKey", "The specified key does not exist.")
          : new AwsAnswer(200, "application/octet-stream", Map.of("Content-Length", String.valueOf(blob.length)),
              blob);
    }
    Optional<String> scope = scopeOf(auth);
    if (scope.isEmpty()) {
      return new AwsAnswer(401, "application/json; charset=utf-8", Map.of("WWW-Authenticate",
          "Basic realm=\"https://" + ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/\",service=\"ecr.amazonaws.com\""),
          registryError("DENIED", "Your authorization token has expired. Reauthenticate and try again."));
    }
    boolean manifest = url.contains("/manifests/");
    seen.add(manifest ? "ecr:BatchGetImage" : "ecr:GetDownloadUrlForLayer");
    int at = url.lastIndexOf(manifest ? "/manifests/" : "/blobs/");
    if (at < 4 || !scope.get().equals(ACCOUNT + "/" + REGION)) {
      return notFound(manifest);
    }
    String repo = url.substring("/v2/".length(), at);
    String ref = url.substring(at + (manifest ? "/manifests/" : "/blobs/").length());
    if (!repositories.contains(repo)) {
      return new AwsAnswer(404, "application/json; charset=utf-8", Map.of(),
          registryError("NAME_UNKNOWN", "The repository with name '" + repo + "' does not exist"));
    }
    if (manifest) {
      byte[] body = blobs.get(ref);
      String type = manifestTypes.get(ref);
      if (body == null || type == null) {
        return notFound(true);
      }
      return new AwsAnswer(200, type, Map.of("Docker-Content-Digest", ref), body);
    }
    if (!blobs.containsKey(ref)) {
      return notFound(false);
    }
    String date = "20240601T000000Z";
    return new AwsAnswer(307, "text/plain", Map.of("Location", LAYERS_PATH + ref.substring("sha256:".length())
        + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIASIMULATED%2F20240601%2F" + REGION
        + "%2Fs3%2Faws4_request&X-Amz-Date=" + date + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
        + "&X-Amz-Signature=" + ref.substring(7, 23)), new byte[0]);
  }

  private Optional<String> scopeOf(String auth) {
    if (auth == null || !auth.startsWith("Basic ")) {
      return Optional.empty();
    }
    try {
      String pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
      return pair.startsWith("AWS:") ? Optional.ofNullable(tokens.get(pair.substring(4))) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AwsAnswer notFound(boolean manifest) {
    return new AwsAnswer(404, "application/json; charset=utf-8", Map.of(), manifest
        ? registryError("MANIFEST_UNKNOWN", "Requested image not found")
        : registryError("BLOB_UNKNOWN", "blob unknown to registry"));
  }

  private static byte[] registryError(String code, String message) {
    return ("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + AwsErrors.escapeJson(message) + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static AwsAnswer xmlError(int status, String code, String message) {
    return AwsErrors.error(AwsCall.Protocol.REST_XML, "s3", status, code, message);
  }

  /** Stores an image's config, layers and manifest; returns the manifest digest. */
  private String image(String manifestType, String layerType, List<byte[]> layers) {
    boolean oci = manifestType.equals(OCI_MANIFEST);
    ObjectNode config = JSON.createObjectNode().put("architecture", "amd64").put("os", "linux");
    config.putObject("config").putArray("Cmd").add("python").add("-m").add("app.triage");
    ObjectNode rootfs = config.putObject("rootfs").put("type", "layers");
    ArrayNode diffIds = rootfs.putArray("diff_ids");
    ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", manifestType);
    ObjectNode configRef = manifest.putObject("config");
    ArrayNode list = manifest.putArray("layers");
    for (byte[] layer : layers) {
      list.addObject().put("mediaType", layerType).put("digest", store(layer)).put("size", layer.length);
      diffIds.add("sha256:" + sha256(gunzip(layer)));
    }
    byte[] configBytes = bytes(config);
    configRef.put("mediaType", oci ? "application/vnd.oci.image.config.v1+json"
            : "application/vnd.docker.container.image.v1+json")
        .put("digest", store(configBytes)).put("size", configBytes.length);
    byte[] body = bytes(manifest);
    String digest = store(body);
    manifestTypes.put(digest, manifestType);
    return digest;
  }

  /** A multi-platform index: the linux/amd64 image and a build attestation that holds no files. */
  private String index(String amd64) {
    ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", OCI_INDEX);
    ArrayNode manifests = index.putArray("manifests");
    manifests.addObject().put("mediaType", OCI_MANIFEST).put("digest", amd64).put("size", blobs.get(amd64).length)
        .putObject("platform").put("architecture", "amd64").put("os", "linux");
    String attestation = store("{\"schemaVersion\":2,\"layers\":[]}".getBytes(StandardCharsets.UTF_8));
    ObjectNode att = manifests.addObject().put("mediaType", OCI_MANIFEST).put("digest", attestation).put("size", 30);
    att.putObject("platform").put("architecture", "unknown").put("os", "unknown");
    att.putObject("annotations").put("vnd.docker.reference.type", "attestation-manifest")
        .put("vnd.docker.reference.digest", amd64);
    byte[] body = bytes(index);
    String digest = store(body);
    manifestTypes.put(digest, OCI_INDEX);
    manifestTypes.put(amd64, OCI_MANIFEST);
    return digest;
  }

  private String store(byte[] blob) {
    String digest = "sha256:" + sha256(blob);
    blobs.put(digest, blob);
    return digest;
  }

  private static long size(byte[]... layers) {
    long n = 0;
    for (byte[] l : layers) {
      n += l.length;
    }
    return n;
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A gzip'd tar layer of text files, laid out as {@code docker build} writes one. */
  static byte[] layer(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(bytes);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (var e : new java.util.TreeMap<>(files).entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(content.length);
        entry.setModTime(1_704_067_200_000L);
        // Owned by root as docker build writes them, and not by whoever runs the simulator: the
        // digests stay the same on every machine, so a workload can pin one.
        entry.setIds(0, 0);
        entry.setNames("root", "root");
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] gunzip(byte[] gz) {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
