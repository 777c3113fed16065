package dev.aispm.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.posture.aibom.AiBomFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aispm bom} over the demo's graph (the simulated AWS, Azure and Google Cloud scanned
 * through the real SDKs): the JSON and XML are valid CycloneDX 1.6, the JSON reads back through
 * the CycloneDX parser, and every model of every cloud carries a model card, its training data
 * where a training job is in the graph, and a dependency entry. The demo's scan also left the
 * snapshot {@code aispm diff} compares.
 */
class BomCommandIT {
  @TempDir
  Path dir;

  @Test
  void theDemoBomIsValidCycloneDxWithModelCardsDatasetsAndDependencies() throws Exception {
    Path json = dir.resolve("out/bom.cdx.json");
    Path xml = dir.resolve("out/bom.cdx.xml");
    DemoOnce demo = DemoOnce.get();
    assertThat(demo.exitCode).isZero();
    PrintStream original = System.out;
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      // The demo keeps its graph in a folder of its own under the data folder.
      System.setProperty("AISPM_DATA_DIR", demo.graphData().toString());
      assertThat(Aispm.commandLine().execute("bom", "--out", json.toString())).isZero();
      assertThat(Aispm.commandLine().execute("bom", "--format", "cyclonedx-xml", "--out", xml.toString())).isZero();
      assertThat(Aispm.commandLine().execute("bom", "--format", "spdx")).isEqualTo(2);
      // The demo's scan recorded its snapshot: compared with itself, nothing changed.
      assertThat(Aispm.commandLine().execute("diff", demo.scanId(), demo.scanId())).isZero();
      System.setOut(new PrintStream(table, true, StandardCharsets.UTF_8));
      assertThat(Aispm.commandLine().execute("bom", "--format", "table", "--provider", "azure")).isZero();
    } finally {
      System.setOut(original);
      System.clearProperty("AISPM_DATA_DIR");
    }
    String doc = Files.readString(json);
    Files.createDirectories(Path.of("target", "aibom"));
    Files.writeString(Path.of("target", "aibom", "demo.cdx.json"), doc);
    original.println(table.toString(StandardCharsets.UTF_8));
    assertThat(AiBomFormat.CYCLONEDX_JSON.schemaErrors(doc)).isEmpty();
    assertThat(AiBomFormat.CYCLONEDX_XML.schemaErrors(Files.readString(xml))).isEmpty();
    assertThat(AiBomFormat.CYCLONEDX_JSON.parse(doc).getComponents()).isNotEmpty();

    JsonNode bom = new ObjectMapper().readTree(doc);
    Map<String, JsonNode> deps = new HashMap<>();
    bom.get("dependencies").forEach(d -> deps.put(d.get("ref").asText(), d));
    Set<String> refs = new HashSet<>(deps.keySet());
    Set<String> cloudsWithTrainedModels = new HashSet<>();
    Set<String> cloudsWithModels = new HashSet<>();
    for (JsonNode c : bom.get("components")) {
      String ref = c.get("bom-ref").asText();
      assertThat(deps).as("dependency entry of " + ref).containsKey(ref);
      deps.get(ref).path("dependsOn").forEach(on -> assertThat(refs).as(ref + " depends on a listed ref")
          .contains(on.asText()));
      if (!c.get("type").asText().equals("machine-learning-model")) {
        continue;
      }
      assertThat(c.has("modelCard")).as("model card of " + ref).isTrue();
      Map<String, String> props = props(c);
      String cloud = props.get("aispm:provider");
      if (cloud != null) {
        cloudsWithModels.add(cloud);
      }
      if (props.containsKey("aispm:trainedBy")) {
        assertThat(c.at("/modelCard/modelParameters/datasets")).as("datasets of " + ref).isNotEmpty();
        assertThat(deps.get(ref).path("dependsOn")).as("dependencies of " + ref).isNotEmpty();
        cloudsWithTrainedModels.add(cloud);
      }
    }
    assertThat(cloudsWithModels).containsExactlyInAnyOrder("aws", "azure", "gcp");
    assertThat(cloudsWithTrainedModels).containsExactlyInAnyOrder("aws", "azure", "gcp");
    assertThat(StreamSupport.stream(bom.get("components").spliterator(), false)
        .filter(c -> c.get("type").asText().equals("data"))).isNotEmpty()
        .anySatisfy(d -> assertThat(d.at("/data/0/governance/custodians")).isNotEmpty());
    assertThat(bom.get("services")).isNotEmpty();
    // Shadow AI in the registry: the support team's image and the vulnerable MLflow it holds.
    JsonNode image = StreamSupport.stream(bom.get("components").spliterator(), false)
        .filter(c -> c.get("type").asText().equals("container") && c.get("name").asText()
            .equals("support/ticket-triage:latest")).findFirst().orElseThrow();
    assertThat(deps.get(image.get("bom-ref").asText()).path("dependsOn")).isNotEmpty();
    assertThat(StreamSupport.stream(bom.get("components").spliterator(), false)
        .filter(c -> c.path("purl").asText().equals("pkg:pypi/mlflow@2.9.1")))
        .anySatisfy(l -> assertThat(props(l)).containsEntry("aispm:usedBy", image.get("bom-ref").asText())
            .containsKey("aispm:advisory"));
    assertThat(table.toString(StandardCharsets.UTF_8)).contains("KIND").doesNotContain(" aws ");
  }

  static Map<String, String> props(JsonNode node) {
    Map<String, String> out = new HashMap<>();
    node.path("properties").forEach(p -> out.putIfAbsent(p.get("name").asText(), p.get("value").asText()));
    return out;
  }

  static List<String> texts(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
  }
}
