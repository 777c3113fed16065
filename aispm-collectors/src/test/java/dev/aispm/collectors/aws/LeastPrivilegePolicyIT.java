package dev.aispm.collectors.aws;

import dev.aispm.graph.write.WriteBatch;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * WriteBatch every API operation the collector really sends (as the simulated cloud sees them on the
 * wire) during a full organization scan, and checks that the shipped read-only policy and the
 * CloudFormation role grant exactly the IAM actions those operations need: nothing missing (a
 * scan would fail) and nothing extra (least privilege).
 */
class LeastPrivilegePolicyIT {
  /** Needed by the scanner's own principal, not by the read role it assumes. */
  static final Set<String> SCANNER_PRINCIPAL_ONLY = Set.of("sts:GetCallerIdentity", "sts:AssumeRole");
  /**
   * Fallbacks the simulated organization never triggers: ListBuckets there reports each bucket's
   * region, and its trail bucket is readable, so activity is never read through LookupEvents.
   */
  static final Set<String> FALLBACK_ONLY = Set.of("s3:GetBucketLocation", "cloudtrail:LookupEvents");

  @Test
  void theShippedPolicyGrantsExactlyTheActionsTheCollectorCalls() throws Exception {
    Set<String> called;
    try (SimulatedAws aws = SimulatedAws.start()) {
      InProcessNeo4j.reset();
      aws.scan(aws.organizationSettings(), "policy-scan");
      called = aws.cloud.awsOperationsSeen().stream()
          .map(op -> IamActions.of(op.substring(0, op.indexOf(':')), op.substring(op.indexOf(':') + 1)))
          .filter(a -> !SCANNER_PRINCIPAL_ONLY.contains(a))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Path deploy = repoRoot().resolve("deploy/aws");
    JsonNode policy = new ObjectMapper().readTree(deploy.resolve("aispm-read-policy.json").toFile());
    Set<String> granted = new TreeSet<>();
    policy.get("Statement").forEach(s -> s.get("Action").forEach(a -> granted.add(a.asText())));

    assertThat(called).as("the scan reached the collector's calls").contains("sagemaker:DescribeNotebookInstance");
    Set<String> expected = new TreeSet<>(called);
    expected.addAll(FALLBACK_ONLY);
    assertThat(granted).as("policy actions vs. calls made").isEqualTo(expected);
    // BatchGetImage is ECR's read of image manifests (an image pull), seen on the registry's wire;
    // FilterLogEvents reads a log group's events; API Gateway names its reads by HTTP verb.
    assertThat(called).allMatch(a -> a.matches("[a-z0-9-]+:(List|Describe|Get|Lookup|BatchGet|Filter)[A-Za-z]+")
        || a.equals("apigateway:GET"), "read-only actions");

    String template = Files.readString(deploy.resolve("aispm-read-role.yaml"));
    Set<String> inTemplate = template.lines().map(String::trim).filter(l -> l.startsWith("- ") && l.contains(":"))
        .map(l -> l.substring(2).trim()).filter(l -> l.matches("[a-z0-9-]+:[A-Za-z]+"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inTemplate).as("CloudFormation role actions").isEqualTo(granted);
  }

  /**
   * API Gateway grants its reads by resource path, so the action list alone says nothing: every
   * path the collector reads must be one the shipped statement names, and every path it names
   * must be one the collector reads. The custom domain names are stubbed so their mappings are
   * read too.
   */
  @Test
  void theApiGatewayStatementScopesExactlyThePathsTheCollectorReads() throws Exception {
    Set<String> paths;
    try (SimulatedAws aws = SimulatedAws.start()) {
      InProcessNeo4j.reset();
      aws.cloud.server().stubFor(answer("/domainnames", "{\"item\":[{\"domainName\":\"help.acme.example\","
          + "\"endpointConfiguration\":{\"types\":[\"REGIONAL\"]},\"domainNameStatus\":\"AVAILABLE\"}]}"));
      aws.cloud.server().stubFor(answer("/domainnames/help.acme.example/basepathmappings", "{\"item\":[]}"));
      aws.cloud.server().stubFor(answer("/v2/domainnames", "{\"items\":[{\"domainName\":\"chat.acme.example\","
          + "\"domainNameConfigurations\":[{\"endpointType\":\"REGIONAL\"}]}]}"));
      aws.cloud.server().stubFor(answer("/v2/domainnames/chat.acme.example/apimappings", "{\"items\":[]}"));
      aws.scan(aws.organizationSettings(), "policy-scan");
      paths = aws.cloud.server().getAllServeEvents().stream().map(e -> e.getRequest())
          .filter(r -> r.getHeader("Authorization") != null && r.getHeader("Authorization").contains("/apigateway/aws4_request"))
          .map(r -> java.net.URI.create(r.getUrl()).getPath())
          // the v2 API's paths carry /v2 on the wire, not in its IAM resource ARNs
          .map(p -> p.startsWith("/v2/") ? p.substring(3) : p)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    JsonNode policy = new ObjectMapper().readTree(repoRoot().resolve("deploy/aws/aispm-read-policy.json").toFile());
    Set<String> granted = new TreeSet<>();
    policy.get("Statement").forEach(s -> {
      if (s.get("Action").toString().contains("apigateway:GET")) {
        s.get("Resource").forEach(r -> granted.add(r.asText().substring("arn:aws:apigateway:*::".length())));
      }
    });

    Set<String> inTemplate = Files.readString(repoRoot().resolve("deploy/aws/aispm-read-role.yaml")).lines()
        .filter(l -> l.contains(":apigateway:*::/"))
        .map(l -> l.substring(l.indexOf("::/") + 2, l.lastIndexOf('"')))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(inTemplate).as("CloudFormation role API Gateway paths").isEqualTo(granted);
    assertThat(paths).as("API Gateway paths read").isNotEmpty().allSatisfy(p -> assertThat(granted)
        .as("a granted resource covers " + p).anyMatch(g -> dev.aispm.collectors.aws.iam.PolicyDocument.glob(g, p, true)));
    assertThat(granted).allSatisfy(g -> assertThat(paths)
        .as("the collector reads a path under " + g).anyMatch(p -> dev.aispm.collectors.aws.iam.PolicyDocument.glob(g, p, true)));
  }

  static com.github.tomakehurst.wiremock.client.MappingBuilder answer(String path, String body) {
    return com.github.tomakehurst.wiremock.client.WireMock.get(com.github.tomakehurst.wiremock.client.WireMock
        .urlPathEqualTo(path)).atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withBody(body));
  }

  static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("deploy"))) {
      p = p.getParent();
    }
    assertThat(p).as("repository root with deploy/").isNotNull();
    return p;
  }
}
