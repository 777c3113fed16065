package dev.aispm.collectors.aws.apigateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.apigateway.model.BasePathMapping;
import software.amazon.awssdk.services.apigateway.model.DomainName;
import software.amazon.awssdk.services.apigatewayv2.model.ApiMapping;

/**
 * Finds which APIs a custom domain name serves. An API whose default execute-api endpoint is
 * turned off is still on the internet through such a domain, so the domain, not the endpoint,
 * decides whether it is reachable; for the others the domain names where it is also served are
 * worth saying.
 */
public final class CustomDomainTransformer {
  private CustomDomainTransformer() {}

  /**
   * The REST domain names that answer on the internet: a private custom domain name (endpoint
   * type PRIVATE) answers only through VPC endpoints, and its mappings are read differently.
   */
  public static List<DomainName> publicRestDomains(List<DomainName> domains) {
    return domains.stream().filter(d -> d.domainName() != null)
        .filter(d -> d.endpointConfiguration() == null || !d.endpointConfiguration().hasTypes()
            || !d.endpointConfiguration().typesAsStrings().contains("PRIVATE"))
        .toList();
  }

  /** REST base path mappings by domain name, turned into the domain names that serve each API. */
  public static Map<String, List<String>> restMappings(Map<String, List<BasePathMapping>> byDomain) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    byDomain.forEach((domain, mappings) -> mappings.forEach(m -> add(out, m.restApiId(), domain)));
    return out;
  }

  /** HTTP and WebSocket API mappings by domain name, turned into the domain names that serve each API. */
  public static Map<String, List<String>> httpMappings(Map<String, List<ApiMapping>> byDomain) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    byDomain.forEach((domain, mappings) -> mappings.forEach(m -> add(out, m.apiId(), domain)));
    return out;
  }

  /**
   * Both kinds of mapping together: custom domain names are shared by REST and HTTP APIs, and a
   * v2 API mapping may name a REST API, so an API's domains may come from either read.
   */
  public static Map<String, List<String>> merge(Map<String, List<String>> a, Map<String, List<String>> b) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    a.forEach((api, domains) -> domains.forEach(d -> add(out, api, d)));
    b.forEach((api, domains) -> domains.forEach(d -> add(out, api, d)));
    return out;
  }

  private static void add(Map<String, List<String>> out, String apiId, String domain) {
    if (apiId == null) {
      return;
    }
    List<String> domains = out.computeIfAbsent(apiId, k -> new ArrayList<>());
    if (!domains.contains(domain)) {
      domains.add(domain);
    }
  }
}
