package dev.aispm.api.v1;

import dev.aispm.api.v1.dto.FrameworkDetail;
import dev.aispm.api.v1.dto.FrameworkList;
import dev.aispm.posture.report.ComplianceReport;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.catalog.Compliance;
import dev.aispm.rules.catalog.RuleCatalog;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compliance summaries per framework (MITRE ATLAS, NIST CSF 2.0, ISO 27001, CIS v8, OWASP ML and
 * LLM top 10): each mapped control with its passing and failing resources. See
 * {@link ComplianceReport} for how passing is decided.
 */
@RestController
@RequestMapping("/api/v1/compliance")
public class ComplianceController {
  private final ComplianceReport report;

  public ComplianceController(GraphConnection graph, RuleCatalog catalog) {
    this.report = new ComplianceReport(graph, catalog);
  }

  @Operation(summary = "Every framework with its passing, failing and not evaluated control counts.")
  @GetMapping
  public FrameworkList frameworks() {
    return new FrameworkList(report.frameworks());
  }

  @Operation(summary = "One framework's controls, each with its rules and resources by state "
      + "(counts complete, at most 20 resource ids listed per state).")
  @GetMapping("/{framework}")
  public FrameworkDetail framework(@PathVariable String framework) {
    if (!Compliance.FRAMEWORKS.contains(framework)) {
      throw new InvalidParameterException("framework", "must be one of " + Compliance.FRAMEWORKS);
    }
    return new FrameworkDetail(framework, report.controls(framework));
  }
}
