package dev.aispm.simulator.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.simulator.registry.RegistryImages;
import dev.aispm.simulator.registry.RegistryImages.Layer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Artifact Registry's Docker repository {@code ml-serving} in acme-vertex-prod
 * (us-central1): the ranking service's image installs the Anthropic SDK and Gradio 3.50.0 (an ML
 * web UI with path traversal and file read advisories, fixed in 4.11.0 and 4.14.0) in a
 * zstd-compressed layer over a gzip base, and calls Anthropic's API from its code: AI outside
 * Vertex AI. The batch scorer has two builds: the Cloud Run service {@code batch-scorer} still runs
 * the April one by tag, which ships Transformers 4.30.0 (a deserialization advisory); the newest
 * build holds no AI package, so only reading the pinned build shows what the service runs; the
 * nightly Vertex AI pipeline's scoring step runs that April build too, and the custom training
 * pipeline {@code fraud-custom-train} trains in the Python base image. The public Cloud Run service
 * {@code search-ranker} sends 90 % of its requests to a revision on the Python base and 10 % to an
 * older one still running the ranker image (Gradio 3.50.0, Anthropic); a third revision, on June's
 * batch scorer, keeps a tag and no traffic. Images
 * are built when the simulator starts, so the {@code dockerImages} answer (with their digests) is
 * generated, like Artifact Registry's DockerImage resources.
 */
final class ArtifactImages {
  static final String PROJECT = "acme-vertex-prod";
  static final String LOCATION = "us-central1";
  static final String REPOSITORY = "ml-serving";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RegistryImages images = new RegistryImages();
  private final String ranker;
  private final String base;
  private final String scorerApril;
  private final String scorerJune;

  ArtifactImages() {
    String site = "usr/local/lib/python3.11/site-packages/";
    Layer os = new Layer(RegistryImages.GZIP_LAYER, Map.of(
        "etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n"));
    base = images.push(PROJECT + "/" + REPOSITORY + "/python-base", "3.11", List.of(os));
    ranker = images.push(PROJECT + "/" + REPOSITORY + "/ranker", "v7", List.of(os,
        new Layer(RegistryImages.ZSTD_LAYER, Map.of(
            site + "anthropic-0.25.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: anthropic\nVersion: 0.25.0\n",
            site + "gradio-3.50.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: gradio\nVersion: 3.50.0\n",
            "app/rank.py", "import anthropic\n\nclient = anthropic.Anthropic()\n\ndef rank(query, docs):\n"
                + "    return client.messages.create(model='claude-3-haiku-20240307', max_tokens=256,\n"
                + "        messages=[{'role': 'user', 'content': query}])\n"))));
    scorerApril = images.push(PROJECT + "/" + REPOSITORY + "/batch-scorer", "2024-04-01", List.of(os,
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            site + "transformers-4.30.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: transformers\nVersion: 4.30.0\n",
            "app/score.py", "def score(rows):\n    return [0.0 for _ in rows]\n"))));
    scorerJune = images.push(PROJECT + "/" + REPOSITORY + "/batch-scorer", "2024-06-01", List.of(os,
        new Layer(RegistryImages.GZIP_LAYER, Map.of(
            "app/score.py", "def score(rows):\n    return [1.0 for _ in rows]\n"))));
  }

  /** The repository's DockerImage list answer (name, uri, tags, sizes and times as the v1 API gives them). */
  String dockerImages(String host) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("dockerImages");
    add(list, host, "ranker", ranker, "v7", "2024-06-03T09:00:00Z");
    add(list, host, "python-base", base, "3.11", "2024-03-01T09:00:00Z");
    add(list, host, "batch-scorer", scorerJune, "2024-06-01", "2024-06-01T09:00:00Z");
    add(list, host, "batch-scorer", scorerApril, "2024-04-01", "2024-04-01T09:00:00Z");
    return root.toString();
  }

  private void add(ArrayNode list, String host, String image, String digest, String tag, String time) {
    String repo = "projects/" + PROJECT + "/locations/" + LOCATION + "/repositories/" + REPOSITORY;
    ObjectNode i = list.addObject();
    i.put("name", repo + "/dockerImages/" + image + "@" + digest);
    i.put("uri", host + "/" + PROJECT + "/" + REPOSITORY + "/" + image + "@" + digest);
    i.putArray("tags").add(tag);
    i.put("imageSizeBytes", String.valueOf(images.size(digest)));
    i.put("uploadTime", time);
    i.put("mediaType", RegistryImages.OCI_MANIFEST);
    i.put("buildTime", time);
    i.put("updateTime", time);
    i.put("artifactType", "application/vnd.oci.image.config.v1+json");
  }

  Optional<byte[]> manifest(String name, String reference) {
    return images.manifest(name, reference);
  }

  Optional<byte[]> blob(String digest) {
    return images.blob(digest);
  }
}
