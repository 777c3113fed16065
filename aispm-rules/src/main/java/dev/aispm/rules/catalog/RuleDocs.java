package dev.aispm.rules.catalog;

import java.util.List;

/**
 * Renders docs/rules.md from the rules' metadata, so the published catalogue is always the one
 * that runs. A test fails when the checked-in file differs.
 */
public final class RuleDocs {
  private RuleDocs() {}

  public static String markdown(RuleCatalog catalog) {
    StringBuilder md = new StringBuilder("# Rules\n\n");
    md.append("<!-- Generated from rule.yaml files by RuleDocs; do not edit by hand. -->\n\n");
    md.append("aispm evaluates ").append(catalog.size()).append(" built-in rules. Each lives in its own folder under ")
        .append("`aispm-rules/src/main/resources/rules/<provider>/<service>/<rule_id>/` with `rule.yaml` (metadata), ")
        .append("`query.cypher` (read-only; one row per resource with `resourceId`, `status` PASS/FAIL/UNKNOWN, ")
        .append("`reason`, optionally `path` and `resourceIds`) and `fixtures/` (`empty`, `pass`, `fail`, optionally ")
        .append("`unknown`: Cypher that builds a graph the rule must judge that way; every fixture runs in the tests ")
        .append("on a real Neo4j, and each fixture node carries exactly its type's declared labels and properties, ")
        .append("while a query reads only declared properties, so a schema rename breaks the rules that use the old ")
        .append("name). Custom rules in the same layout load from `AISPM_RULES_DIR` without rebuilding.\n\n");
    md.append("| rule | severity | category | title |\n| --- | --- | --- | --- |\n");
    for (Rule r : catalog.rules()) {
      RuleMetadata m = r.metadata();
      md.append("| [`").append(m.id()).append("`](#").append(m.id()).append(") | ").append(m.severity().id())
          .append(" | ").append(m.category().id()).append(" | ").append(m.title()).append(" |\n");
    }
    for (Rule r : catalog.rules()) {
      RuleMetadata m = r.metadata();
      md.append("\n## ").append(m.id()).append("\n\n**").append(m.title()).append("** (")
          .append(m.severity().id()).append(", ").append(m.category().id()).append(", ").append(m.provider())
          .append(m.service() == null ? "" : "/" + m.service()).append(")\n\n");
      md.append(m.description()).append("\n\n*Risk:* ").append(m.risk()).append("\n\n");
      md.append("*Resource types:* ").append(String.join(", ", m.resourceTypes())).append("\n\n");
      md.append("*Remediation:* ").append(m.remediation().text()).append("\n");
      if (m.remediation().console() != null) {
        md.append("\n- Console: ").append(m.remediation().console()).append('\n');
      }
      if (m.remediation().cli() != null) {
        md.append("\n```sh\n").append(m.remediation().cli()).append("\n```\n");
      }
      if (m.remediation().iac() != null) {
        md.append("\n```hcl\n").append(m.remediation().iac()).append("\n```\n");
      }
      md.append("\n*Compliance:* ");
      List<String> parts = m.compliance().controls().entrySet().stream()
          .map(e -> e.getKey() + " " + String.join(", ", e.getValue())).toList();
      md.append(String.join("; ", parts)).append("\n\n*References:* ")
          .append(String.join(", ", m.references())).append('\n');
    }
    return md.toString();
  }
}
