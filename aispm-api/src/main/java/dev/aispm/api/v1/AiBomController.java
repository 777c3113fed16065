package dev.aispm.api.v1;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.aibom.AiBomBuilder;
import dev.aispm.posture.aibom.AiBomFormat;
import dev.aispm.posture.aibom.AiGraphReader;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AI bill of materials as CycloneDX 1.6 (JSON or XML), optionally of one provider or
 * account. {@code /api/v1/aibom}, its first address, answers the same document.
 */
@RestController
public class AiBomController {
  private final AiGraphReader reader;
  private final AiBomBuilder builder;

  public AiBomController(GraphConnection graph) {
    String version = AiBomController.class.getPackage().getImplementationVersion();
    this.reader = new AiGraphReader(graph);
    this.builder = new AiBomBuilder(version == null ? "dev" : version);
  }

  @Operation(summary = "CycloneDX 1.6 AI-BOM of the collected AI assets: models with model cards, datasets, "
      + "AI services and their dependencies (format cyclonedx-json or cyclonedx-xml; at most 5000 assets).")
  @GetMapping(path = {"/api/v1/bom", "/api/v1/aibom"}, produces = {"application/vnd.cyclonedx+json",
      "application/vnd.cyclonedx+xml", MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE})
  public ResponseEntity<String> bom(@RequestParam(required = false) String provider,
      @RequestParam(required = false) String account,
      @RequestParam(defaultValue = "cyclonedx-json") String format) {
    AiBomFormat f = format.equals("cyclonedx-json") ? AiBomFormat.CYCLONEDX_JSON
        : format.equals("cyclonedx-xml") ? AiBomFormat.CYCLONEDX_XML : null;
    if (f == null) {
      throw new InvalidParameterException("format", "must be cyclonedx-json or cyclonedx-xml");
    }
    String p = Limits.filter("provider", provider);
    String a = Limits.filter("account", account);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
        .body(f.render(builder.build(reader.read(p, a), p, a, Instant.now())));
  }
}
