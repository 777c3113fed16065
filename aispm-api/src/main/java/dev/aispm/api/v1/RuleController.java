package dev.aispm.api.v1;

import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.catalog.RuleMetadata;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue: what aispm checks, why, how to fix it, and the controls it maps to. */
@RestController
@RequestMapping("/api/v1/rules")
public class RuleController {
  private final RuleCatalog catalog;

  public RuleController(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  public List<RuleMetadata> list() {
    return catalog.rules().stream().map(r -> r.metadata()).toList();
  }

  @GetMapping("/{id}")
  public RuleMetadata get(@PathVariable String id) {
    return catalog.rule(id).orElseThrow(() -> new NotFoundException("rule " + id)).metadata();
  }
}
