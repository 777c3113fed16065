package dev.aispm.collectors.content.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.content.CodePackageScan.ImageLayer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads image manifests and indexes (OCI image spec 1.x and Docker image manifest v2 schema 2),
 * without the network. An index (a multi-platform image) names one manifest per platform; the
 * one a scan reads is linux/amd64 when present, else the first real platform, since attestation
 * manifests ({@code unknown/unknown}) hold no file system.
 */
public final class ImageManifests {
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
  public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
  /** More layers than any builder makes (Docker caps an image at 127); a larger list is refused. */
  static final int MAX_LAYERS = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ImageManifests() {}

  /**
   * One image manifest.
   *
   * @param mediaType    the manifest's media type
   * @param configDigest digest of the image config blob
   * @param layers       the layers, lowest first
   */
  public record Manifest(String mediaType, String configDigest, List<ImageLayer> layers) {
    public Manifest {
      layers = List.copyOf(layers);
    }

    /** Compressed bytes of all layers, as the manifest declares them. */
    public long size() {
      return layers.stream().mapToLong(l -> Math.max(0, l.size())).sum();
    }
  }

  /** Whether a document is an index (a list of per-platform manifests) rather than one image. */
  public static boolean isIndex(String contentType, byte[] body) throws IOException {
    String type = mediaType(contentType, body);
    return type.equals(OCI_INDEX) || type.equals(DOCKER_LIST);
  }

  /** The digest of the platform manifest an index points a scan at; empty when it names none. */
  public static Optional<String> platformManifest(byte[] index) throws IOException {
    JsonNode doc = JSON.readTree(index);
    String first = null;
    for (JsonNode m : doc.path("manifests")) {
      String digest = m.path("digest").asText("");
      String os = m.path("platform").path("os").asText("");
      String arch = m.path("platform").path("architecture").asText("");
      if (digest.isEmpty() || os.equals("unknown") || m.path("annotations").has("vnd.docker.reference.type")) {
        continue;
      }
      if (os.equals("linux") && arch.equals("amd64")) {
        return Optional.of(digest);
      }
      if (first == null) {
        first = digest;
      }
    }
    return Optional.ofNullable(first);
  }

  /** An image manifest's config and layers; fails on a document that is not one. */
  public static Manifest manifest(String contentType, byte[] body) throws IOException {
    JsonNode doc = JSON.readTree(body);
    if (doc == null || !doc.isObject()) {
      throw new IOException("image manifest is not a JSON object");
    }
    if (doc.path("schemaVersion").asInt() != 2) {
      throw new IOException("image manifest schema version " + doc.path("schemaVersion").asText("missing")
          + " is not supported (only schema 2 / OCI)");
    }
    String type = mediaType(contentType, body);
    if (!type.equals(OCI_MANIFEST) && !type.equals(DOCKER_MANIFEST)) {
      throw new IOException("unsupported manifest media type " + type);
    }
    if (doc.path("layers").size() > MAX_LAYERS) {
      throw new IOException("image manifest lists " + doc.path("layers").size() + " layers, more than "
          + MAX_LAYERS);
    }
    List<ImageLayer> layers = new ArrayList<>();
    for (JsonNode l : doc.path("layers")) {
      String digest = l.path("digest").asText("");
      if (!digest.matches("[a-z0-9]+:[a-f0-9]{32,128}")) {
        throw new IOException("layer digest '" + digest + "' is not a content digest");
      }
      layers.add(new ImageLayer(digest, l.path("mediaType").asText(""), l.path("size").asLong(-1)));
    }
    return new Manifest(type, doc.path("config").path("digest").asText(null), layers);
  }

  /** The media type in the document, else the one the registry's Content-Type said. */
  private static String mediaType(String contentType, byte[] body) throws IOException {
    JsonNode doc = JSON.readTree(body);
    String inDoc = doc == null ? "" : doc.path("mediaType").asText("");
    return !inDoc.isEmpty() ? inDoc : contentType == null ? "" : contentType;
  }
}
