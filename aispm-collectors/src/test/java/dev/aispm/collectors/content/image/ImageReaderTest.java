package dev.aispm.collectors.content.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.ContentBudget;
import dev.aispm.scanners.advisory.AdvisoryStore;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One image read through a registry speaking the distribution API on a local port: an index, its
 * platform manifest, a gzip layer and a zstd layer, each request authorized for its scope.
 */
class ImageReaderTest {
  private static final String SITE = "usr/local/lib/python3.11/site-packages/";
  private static final CodePackageScan SCAN = new CodePackageScan(
      ContentScanEngine.withInstalledScanners(ScanLimits.defaults()), AiCatalogue.builtIn(),
      AdvisoryStore.bundled(), new ContentBudget(1 << 20, 8 << 20, 10));

  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final Map<String, String[]> manifests = new ConcurrentHashMap<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body;
      String type = "application/octet-stream";
      if (!"Bearer token-for repository:team/app:pull".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        body = "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(401, body.length);
      } else if (path.contains("/manifests/") && manifests.containsKey(path.substring(path.lastIndexOf('/') + 1))) {
        String[] m = manifests.get(path.substring(path.lastIndexOf('/') + 1));
        type = m[0];
        body = m[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
      } else if (path.contains("/blobs/") && blobs.containsKey(path.substring(path.lastIndexOf('/') + 1))) {
        body = blobs.get(path.substring(path.lastIndexOf('/') + 1));
        exchange.sendResponseHeaders(200, body.length);
      } else {
        body = new byte[0];
        exchange.sendResponseHeaders(404, -1);
      }
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private RegistryClient client(RegistryAuth auth) {
    return new RegistryClient(RegistryClient.defaultHttp(),
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), auth);
  }

  static byte[] tar(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (var e : files.entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream g = new GzipCompressorOutputStream(out)) {
      g.write(in);
    }
    return out.toByteArray();
  }

  static byte[] zstd(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZstdOutputStream z = new ZstdOutputStream(out)) {
      z.write(in);
    }
    return out.toByteArray();
  }

  static String digest(byte[] b) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String plantImage() throws IOException {
    byte[] base = gzip(tar(Map.of(SITE + "mlflow-2.9.1.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: mlflow\nVersion: 2.9.1\n")));
    byte[] app = zstd(tar(Map.of(SITE + "langchain-0.1.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: langchain\nVersion: 0.1.0\n", "app/main.py", "import langchain\n")));
    blobs.put(digest(base), base);
    blobs.put(digest(app), app);
    String manifest = "{\"schemaVersion\":2,\"mediaType\":\"" + ImageManifests.OCI_MANIFEST + "\",\"config\":{\"digest\":\""
        + digest(new byte[1]) + "\"},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\","
        + "\"digest\":\"" + digest(base) + "\",\"size\":" + base.length + "},{\"mediaType\":"
        + "\"application/vnd.oci.image.layer.v1.tar+zstd\",\"digest\":\"" + digest(app) + "\",\"size\":" + app.length
        + "}]}";
    String manifestDigest = digest(manifest.getBytes(StandardCharsets.UTF_8));
    manifests.put(manifestDigest, new String[] {ImageManifests.OCI_MANIFEST, manifest});
    String index = "{\"schemaVersion\":2,\"mediaType\":\"" + ImageManifests.OCI_INDEX + "\",\"manifests\":["
        + "{\"digest\":\"" + manifestDigest + "\",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}}]}";
    String indexDigest = digest(index.getBytes(StandardCharsets.UTF_8));
    manifests.put(indexDigest, new String[] {ImageManifests.OCI_INDEX, index});
    return indexDigest;
  }

  @Test
  void anIndexLeadsToItsImageWhoseGzipAndZstdLayersAreBothRead() throws IOException {
    String index = plantImage();
    ImageReport report = new ImageReader(SCAN, new ImageBudget(5, 1 << 20))
        .read(client(scope -> "Bearer token-for " + scope), "team/app", index, "test://team/app@" + index);
    assertThat(report.contents().status()).isEqualTo(CodeReport.SCANNED);
    assertThat(report.layers()).isEqualTo(2);
    assertThat(report.layersRead()).isEqualTo(2);
    assertThat(report.contents().aiPackages().keySet()).extracting(p -> p.name())
        .containsExactlyInAnyOrder("mlflow", "langchain");
    assertThat(report.contents().vulnerabilities()).extracting(v -> v.pkg().name()).contains("mlflow");
    assertThat(authorizations).containsOnly("Bearer token-for repository:team/app:pull");
  }

  @Test
  void anImageOverTheByteBudgetIsNotReadAndSaysWhy() throws IOException {
    String index = plantImage();
    ImageReport report = new ImageReader(SCAN, new ImageBudget(5, 10))
        .read(client(scope -> "Bearer token-for " + scope), "team/app", index, "test://x");
    assertThat(report.contents().status()).isEqualTo(CodeReport.OVER_BUDGET);
    assertThat(report.contents().error()).contains("AISPM_IMAGE_MAX_BYTES");
    assertThat(authorizations).noneMatch(a -> a == null);
  }

  @Test
  void aRefusedTokenIsAFailedReadNamingTheStatusNotTheToken() throws IOException {
    String index = plantImage();
    ImageReport report = new ImageReader(SCAN, new ImageBudget(5, 1 << 20))
        .read(client(RegistryAuth.basic("secret-value")), "team/app", index, "test://x");
    assertThat(report.contents().status()).isEqualTo(CodeReport.FAILED);
    assertThat(report.contents().error()).contains("HTTP 401").doesNotContain("secret-value");
  }

  @Test
  void onlyThePathOfANextLinkIsFollowed() {
    assertThat(RegistryClient.nextLink("</v2/_catalog?last=b&n=2>; rel=\"next\"")).isEqualTo("/v2/_catalog?last=b&n=2");
    assertThat(RegistryClient.nextLink("<https://elsewhere.example/v2/_catalog?n=2>; rel=\"next\""))
        .isEqualTo("/v2/_catalog?n=2");
    assertThat(RegistryClient.nextLink("</v2/_catalog?n=2>; rel=\"prev\"")).isNull();
  }
}
