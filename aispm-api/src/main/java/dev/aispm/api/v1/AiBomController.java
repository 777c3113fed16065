package dev.aispm.api.v1;

import dev.aispm.posture.aibom.AiBomBuilder;
import dev.aispm.graph.connect.GraphConnection;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The AI bill of materials as CycloneDX 1.6 JSON, optionally of one provider or account. */
@RestController
@RequestMapping("/api/v1/aibom")
public class AiBomController {
  static final MediaType CYCLONEDX = MediaType.parseMediaType("application/vnd.cyclonedx+json;version=1.6");

  private final AiBomBuilder builder;

  public AiBomController(GraphConnection graph) {
    String version = AiBomController.class.getPackage().getImplementationVersion();
    this.builder = new AiBomBuilder(graph, version == null ? "dev" : version);
  }

  @Operation(summary = "CycloneDX 1.6 AI-BOM of the collected AI assets (at most 5000 entries).")
  @GetMapping(produces = {"application/vnd.cyclonedx+json", MediaType.APPLICATION_JSON_VALUE})
  public ResponseEntity<Map<String, Object>> aibom(@RequestParam(required = false) String provider,
      @RequestParam(required = false) String account) {
    return ResponseEntity.ok().contentType(CYCLONEDX)
        .body(builder.build(Limits.filter("provider", provider), Limits.filter("account", account)));
  }
}
