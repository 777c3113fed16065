package dev.aispm.api.v1;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.playbook.FindingPlaybook;
import dev.aispm.misuse.playbook.PlaybookCatalog;
import dev.aispm.misuse.playbook.PlaybookService;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The response playbook of a misuse finding: containment steps for its cloud, blast radius and
 * evidence. Its own controller beside the findings' one because it reads the misuse module, not
 * the posture queries.
 */
@RestController
@RequestMapping("/api/v1/findings")
public class PlaybookController {
  private final PlaybookService playbooks;

  public PlaybookController(GraphConnection graph) {
    this.playbooks = new PlaybookService(graph, PlaybookCatalog.builtIn());
  }

  @Operation(summary = "The response playbook of a misuse finding: containment steps with CLI commands for its "
      + "cloud, the blast radius of its principal and target in the graph, and the evidence trail. 404 for a "
      + "finding that does not exist or is not a misuse finding.")
  @GetMapping("/{id}/playbook")
  public FindingPlaybook playbook(@PathVariable String id) {
    if (!id.matches("[0-9a-f]{32}")) {
      throw new InvalidParameterException("id", "a finding id is 32 hexadecimal characters");
    }
    return playbooks.forFinding(id).orElseThrow(() -> new NotFoundException("playbook of finding " + id
        + " (only misuse findings have one)"));
  }
}
