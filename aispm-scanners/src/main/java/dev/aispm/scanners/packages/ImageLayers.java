package dev.aispm.scanners.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Container image layouts: a {@code docker save} tarball ({@code manifest.json} listing each
 * image's layer tars in order) and an OCI image layout ({@code blobs/sha256/...} manifests whose
 * {@code layers} name the layer blobs). A layer is a tar (often gzip-compressed) of the files it
 * adds; it deletes a lower layer's file with a whiteout ({@code .wh.NAME}) and a whole folder's
 * lower content with an opaque marker ({@code .wh..wh..opq}). An inventory that ignored them
 * would report a vulnerable package the image's last layer upgraded away.
 *
 * <p>Nothing here is unpacked to disk: the file-scan engine streams the layers and this class
 * only works on the member paths it reports.
 */
final class ImageLayers {
  /**
   * Made when the first JSON record is parsed, not when a path is first classified: a mapper's
   * set-up loads the JDK's locale data, which a scan holding no JSON record should not pay for.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
  private static final String WHITEOUT = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";

  /**
   * The layer order of one image.
   *
   * @param root   the location of the image archive the manifest belongs to
   * @param layers layer member paths inside {@code root}, lowest first
   */
  record Manifest(String root, List<String> layers) {
  }

  private ImageLayers() {
  }

  /** The member path of a blob in an OCI layout: {@code sha256:<hex>} is {@code blobs/sha256/<hex>}. */
  static String blobPath(String digest) {
    int colon = digest.indexOf(':');
    return colon > 0 ? "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1) : digest;
  }

  static boolean isWhiteout(String location) {
    String name = location.substring(Math.max(location.lastIndexOf('/'), -1) + 1);
    return name.startsWith(WHITEOUT);
  }

  /** A {@code manifest.json} at an archive's top, or an OCI blob that is a JSON document. */
  static boolean isManifestCandidate(String location, byte[] head) {
    int sep = location.lastIndexOf("!/");
    if (sep < 0) {
      return false;
    }
    String member = location.substring(sep + 2);
    if (member.equals("manifest.json")) {
      return true;
    }
    return member.startsWith("blobs/sha256/") && head.length > 0 && head[0] == '{'
        && new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8)
            .contains("\"layers\"");
  }

  /** Reads a manifest; empty when the document is not an image manifest. */
  static Optional<Manifest> readManifest(String location, String text) {
    String root = location.substring(0, location.lastIndexOf("!/"));
    try {
      JsonNode doc = Json.MAPPER.readTree(text);
      List<String> layers = new ArrayList<>();
      if (doc.isArray()) {
        // docker save: [{"Config": ..., "RepoTags": [...], "Layers": ["<id>/layer.tar", ...]}]
        for (JsonNode image : doc) {
          image.path("Layers").forEach(l -> layers.add(l.asText()));
        }
      } else if (doc.path("layers").isArray()) {
        // OCI image manifest: layers[].digest "sha256:<hex>" is the blob blobs/sha256/<hex>
        for (JsonNode l : doc.path("layers")) {
          String digest = l.path("digest").asText("");
          if (digest.indexOf(':') > 0) {
            layers.add(blobPath(digest));
          }
        }
      }
      return layers.isEmpty() ? Optional.empty() : Optional.of(new Manifest(root, layers));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** Where a location sits in an image: which layer, and its path inside that layer. */
  private record Placement(String root, int layer, String path) {
  }

  private static Optional<Placement> place(String location, List<Manifest> manifests) {
    for (Manifest m : manifests) {
      for (int i = 0; i < m.layers().size(); i++) {
        String prefix = m.root() + "!/" + m.layers().get(i) + "!/";
        if (!location.startsWith(prefix)) {
          continue;
        }
        String rest = location.substring(prefix.length());
        // a compressed layer adds the decompressed stream as one more level
        int next = rest.indexOf("!/");
        if (next > 0 && !rest.substring(0, next).contains("/")) {
          rest = rest.substring(next + 2);
        }
        int nested = rest.indexOf("!/");
        String path = nested < 0 ? rest : rest.substring(0, nested);
        while (path.startsWith("./") || path.startsWith("/")) {
          path = path.substring(path.startsWith("./") ? 2 : 1);
        }
        return Optional.of(new Placement(m.root(), i, path));
      }
    }
    return Optional.empty();
  }

  static List<SoftwarePackage> visible(List<SoftwarePackage> found, List<Manifest> manifests,
      List<String> whiteouts) {
    if (manifests.isEmpty() || whiteouts.isEmpty()) {
      return List.copyOf(found);
    }
    List<Placement> deletions = new ArrayList<>();
    for (String w : whiteouts) {
      place(w, manifests).ifPresent(deletions::add);
    }
    List<SoftwarePackage> out = new ArrayList<>();
    for (SoftwarePackage p : found) {
      Optional<Placement> at = place(p.location(), manifests);
      if (at.isEmpty() || deletions.stream().noneMatch(d -> deletes(d, at.get()))) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean deletes(Placement whiteout, Placement file) {
    if (!whiteout.root().equals(file.root()) || whiteout.layer() <= file.layer()) {
      return false;
    }
    int slash = whiteout.path().lastIndexOf('/');
    String folder = slash < 0 ? "" : whiteout.path().substring(0, slash + 1);
    String name = whiteout.path().substring(slash + 1);
    if (name.equals(OPAQUE)) {
      return file.path().startsWith(folder);
    }
    String target = folder + name.substring(WHITEOUT.length());
    return file.path().equals(target) || file.path().startsWith(target + "/");
  }
}
