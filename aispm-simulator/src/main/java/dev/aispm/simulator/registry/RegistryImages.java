package dev.aispm.simulator.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The images of a simulated Azure or Google registry, built in memory when the simulator starts:
 * tar layers (gzip or zstd), an OCI image config and manifest, so digests are real SHA-256s of
 * real bytes and no binary sits in the repository. Answers the OCI distribution API's manifest
 * and blob reads by digest or tag.
 */
public final class RegistryImages {
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String GZIP_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
  public static final String ZSTD_LAYER = "application/vnd.oci.image.layer.v1.tar+zstd";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final Map<String, String> manifests = new ConcurrentHashMap<>();

  /**
   * One layer to build.
   *
   * @param mediaType {@link #GZIP_LAYER} or {@link #ZSTD_LAYER}
   * @param files     path to text content
   */
  public record Layer(String mediaType, Map<String, String> files) {}

  /** Builds an image and answers its manifest digest; {@code name:tag} also resolves to it. */
  public String push(String name, String tag, List<Layer> layers) {
    ObjectNode config = JSON.createObjectNode().put("architecture", "amd64").put("os", "linux");
    ArrayNode diffIds = config.putObject("rootfs").put("type", "layers").putArray("diff_ids");
    ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", OCI_MANIFEST);
    ObjectNode configRef = manifest.putObject("config");
    ArrayNode list = manifest.putArray("layers");
    for (Layer l : layers) {
      byte[] tar = tar(l.files());
      byte[] blob = l.mediaType().equals(ZSTD_LAYER) ? zstd(tar) : gzip(tar);
      list.addObject().put("mediaType", l.mediaType()).put("digest", store(blob)).put("size", blob.length);
      diffIds.add("sha256:" + sha256(tar));
    }
    byte[] configBytes = bytes(config);
    configRef.put("mediaType", "application/vnd.oci.image.config.v1+json").put("digest", store(configBytes))
        .put("size", configBytes.length);
    String digest = store(bytes(manifest));
    manifests.put(name + "@" + digest, digest);
    manifests.put(name + ":" + tag, digest);
    return digest;
  }

  /** The manifest of {@code name} by digest or tag. */
  public Optional<byte[]> manifest(String name, String reference) {
    String digest = manifests.get(name + (reference.startsWith("sha256:") ? "@" : ":") + reference);
    return digest == null ? Optional.empty() : Optional.of(blobs.get(digest));
  }

  /** A blob (layer or config) of {@code name}. */
  public Optional<byte[]> blob(String digest) {
    return Optional.ofNullable(blobs.get(digest));
  }

  /** Compressed bytes of an image's manifest and layers, as a registry's size field counts them. */
  public long size(String digest) {
    try {
      long n = blobs.get(digest).length;
      for (var l : JSON.readTree(blobs.get(digest)).path("layers")) {
        n += l.path("size").asLong();
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A distribution API error body, as registries send them. */
  public static byte[] error(String code, String message) {
    return ("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"detail\":null}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private String store(byte[] blob) {
    String digest = "sha256:" + sha256(blob);
    blobs.put(digest, blob);
    return digest;
  }

  static byte[] tar(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (var e : new java.util.TreeMap<>(files).entrySet()) {
        byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(content.length);
        entry.setModTime(1_704_067_200_000L);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GzipCompressorOutputStream(out)) {
      gz.write(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zstd(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new ZstdOutputStream(out)) {
      z.write(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
