package dev.aispm.scanners.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.packages.Ecosystem;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvisoryIndexTest {

  private static OsvAdvisory advisory(String json) throws Exception {
    JsonNode doc = OsvJson.MAPPER.readTree(json.replace('\'', '"'));
    return OsvJson.read(doc).advisory();
  }

  private static List<String> matches(AdvisoryIndex index, Ecosystem e, String name, String v) {
    return index.matches(new SoftwarePackage(e, name, v, "x", "test")).stream()
        .map(m -> m.advisory().id() + "->" + m.fixedVersion()).toList();
  }

  @Test
  void pypiRangesUsePep440Order() throws Exception {
    AdvisoryIndex index = new AdvisoryIndex(List.of(advisory("{'id':'A','affected':[{'package':"
        + "{'ecosystem':'PyPI','name':'MLflow'},'ranges':[{'type':'ECOSYSTEM','events':"
        + "[{'introduced':'0'},{'fixed':'2.0.0rc0'},{'introduced':'2.2.0'},{'fixed':'2.9.2'}]}]}]}")));
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "1.30.1")).containsExactly("A->2.0.0rc0");
    // a release candidate sorts before its release: 2.0.0rc0 is the fix, 2.0.0 is not affected
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.0.0")).isEmpty();
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.0.0.dev1")).containsExactly("A->2.0.0rc0");
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.1.1")).isEmpty();
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.2.0")).containsExactly("A->2.9.2");
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.9.1.post1")).containsExactly("A->2.9.2");
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.9.2")).isEmpty();
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "2.10.0")).isEmpty();
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", "1!0.1")).isEmpty();
    // unknown version or another ecosystem's package of the same name
    assertThat(matches(index, Ecosystem.PYPI, "mlflow", null)).isEmpty();
    assertThat(matches(index, Ecosystem.NPM, "mlflow", "1.0.0")).isEmpty();
  }

  @Test
  void lastAffectedIsInclusiveAndVersionsListMatchesExactly() throws Exception {
    AdvisoryIndex index = new AdvisoryIndex(List.of(advisory("{'id':'B','affected':[{'package':"
        + "{'ecosystem':'PyPI','name':'langchain'},'ranges':[{'type':'ECOSYSTEM','events':"
        + "[{'introduced':'0.0.100'},{'last_affected':'0.0.131'}]}],'versions':['0.0.200']}]}")));
    assertThat(matches(index, Ecosystem.PYPI, "langchain", "0.0.99")).isEmpty();
    assertThat(matches(index, Ecosystem.PYPI, "langchain", "0.0.100")).containsExactly("B->null");
    assertThat(matches(index, Ecosystem.PYPI, "langchain", "0.0.131")).containsExactly("B->null");
    assertThat(matches(index, Ecosystem.PYPI, "langchain", "0.0.132")).isEmpty();
    assertThat(matches(index, Ecosystem.PYPI, "langchain", "0.0.200")).containsExactly("B->null");
  }

  @Test
  void npmAndMavenUseTheirOwnOrders() throws Exception {
    AdvisoryIndex index = new AdvisoryIndex(List.of(
        advisory("{'id':'N','affected':[{'package':{'ecosystem':'npm','name':'langchain'},"
            + "'ranges':[{'type':'SEMVER','events':[{'introduced':'0'},{'fixed':'0.0.200'}]}]}]}"),
        advisory("{'id':'M','affected':[{'package':{'ecosystem':'Maven','name':"
            + "'dev.langchain4j:langchain4j'},'ranges':[{'type':'ECOSYSTEM','events':"
            + "[{'introduced':'0.20.0'},{'fixed':'0.35.0'}]}]}]}")));
    assertThat(matches(index, Ecosystem.NPM, "langchain", "0.0.199")).containsExactly("N->0.0.200");
    assertThat(matches(index, Ecosystem.NPM, "langchain", "0.0.200-rc.1")).containsExactly("N->0.0.200");
    assertThat(matches(index, Ecosystem.NPM, "langchain", "0.0.200")).isEmpty();
    assertThat(matches(index, Ecosystem.MAVEN, "dev.langchain4j:langchain4j", "0.35.0-SNAPSHOT"))
        .containsExactly("M->0.35.0");
    assertThat(matches(index, Ecosystem.MAVEN, "dev.langchain4j:langchain4j", "0.35.0")).isEmpty();
    assertThat(matches(index, Ecosystem.MAVEN, "dev.langchain4j:langchain4j", "0.19.9")).isEmpty();
  }

  @Test
  void severityComesFromTheDatabaseElseFromCvss() throws Exception {
    assertThat(advisory("{'id':'S','database_specific':{'severity':'MODERATE'},'affected':[{"
        + "'package':{'ecosystem':'PyPI','name':'x'},'versions':['1']}]}").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(advisory("{'id':'S','severity':[{'type':'CVSS_V3','score':"
        + "'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N'}],'affected':[{"
        + "'package':{'ecosystem':'PyPI','name':'x'},'versions':['1']}]}").severity())
        .isEqualTo(Severity.HIGH);
    assertThat(advisory("{'id':'S','affected':[{'package':{'ecosystem':'PyPI','name':'x'},"
        + "'versions':['1']}]}").severity()).isNull();
  }

  @Test
  void cvssBaseScoresMatchTheSpecificationsCalculator() {
    assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo(9.8);
    assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N")).isEqualTo(7.5);
    assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N")).isEqualTo(6.1);
    assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:N/I:H/A:H")).isEqualTo(8.1);
    assertThat(Cvss3.baseScore("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")).isEqualTo(10.0);
    assertThat(Cvss3.baseScore("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N")).isEqualTo(0.0);
    assertThatThrownBy(() -> Cvss3.baseScore("AV:N/AC:L")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidDocumentsAndRangesAreRejectedClearly() throws Exception {
    assertThatThrownBy(() -> OsvJson.read(OsvJson.MAPPER.readTree("{\"summary\":\"x\"}")))
        .hasMessageContaining("no \"id\"");
    assertThatThrownBy(() -> OsvJson.read(OsvJson.MAPPER.readTree(
        "{\"id\":\"X\",\"schema_version\":\"2.0.0\"}"))).hasMessageContaining("schema_version");
    OsvJson.Outcome outcome = OsvJson.read(OsvJson.MAPPER.readTree(("{'id':'R','affected':[{"
        + "'package':{'ecosystem':'PyPI','name':'x'},'ranges':[{'type':'ECOSYSTEM','events':"
        + "[{'introduced':'0'},{'fixed':'not a version!'}]}]}]}").replace('\'', '"')));
    assertThat(outcome.advisory()).isNull();
    assertThat(outcome.problems()).singleElement().asString().contains("not a PyPI version");
    OsvJson.Outcome foreign = OsvJson.read(OsvJson.MAPPER.readTree(("{'id':'G','affected':[{"
        + "'package':{'ecosystem':'Go','name':'x'},'ranges':[{'type':'SEMVER','events':"
        + "[{'introduced':'0'}]}]}]}").replace('\'', '"')));
    assertThat(foreign.foreign()).isTrue();
  }

  @Test
  void writtenAdvisoriesReadBackTheSame() throws Exception {
    for (OsvAdvisory a : AdvisoryStore.bundled().advisories()) {
      OsvAdvisory again = OsvJson.read(OsvJson.write(a)).advisory();
      assertThat(again).isEqualTo(a);
    }
  }

  @Test
  void bundledSnapshotIsValidAndCoversAiPackages() throws Exception {
    AdvisoryIndex bundled = AdvisoryStore.bundled();
    try (var in = AdvisoryStore.class.getResourceAsStream(AdvisoryStore.SNAPSHOT)) {
      AdvisoryStore.ImportResult raw = AdvisoryStore.readAll(in, AdvisoryStore.SNAPSHOT);
      // every record is one of ours and every range in it is valid
      assertThat(raw.problems()).isEmpty();
      assertThat(raw.foreign()).isZero();
      assertThat(raw.documents()).isEqualTo(bundled.size());
    }
    assertThat(bundled.size()).isGreaterThanOrEqualTo(25);
    assertThat(bundled.advisories()).allSatisfy(a -> {
      assertThat(a.id()).matches("(GHSA|PYSEC)-.+");
      assertThat(a.affected()).isNotEmpty();
    });
    assertThat(bundled.advisories()).flatExtracting(OsvAdvisory::affected)
        .extracting(OsvAdvisory.Affected::name).contains("mlflow", "langchain", "gradio", "torch",
            "llama-index", "jupyter-server", "notebook", "onnx",
            "transformers");
  }
}
