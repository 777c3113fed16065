package dev.aispm.collectors.aws.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.BasePathMapping;
import software.amazon.awssdk.services.apigateway.model.DomainName;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.ApiMapping;

/** Custom domain names and the APIs they serve, found on recorded REST and v2 answers read by the real SDK. */
class CustomDomainTransformerTest {

  static List<DomainName> restDomains() {
    try (ApiGatewayClient c = ApiRouteTransformerTest.rest("GetDomainNames.json")) {
      return ApiGatewayFetcher.restDomainNames(c);
    }
  }

  static Map<String, List<String>> restByApi() {
    Map<String, List<BasePathMapping>> byDomain = new LinkedHashMap<>();
    try (ApiGatewayClient c = ApiRouteTransformerTest.rest("GetBasePathMappings.json")) {
      for (DomainName d : CustomDomainTransformer.publicRestDomains(restDomains())) {
        byDomain.put(d.domainName(), ApiGatewayFetcher.basePathMappings(c, d.domainName()));
      }
    }
    return CustomDomainTransformer.restMappings(byDomain);
  }

  static Map<String, List<String>> httpByApi() {
    Map<String, List<ApiMapping>> byDomain = new LinkedHashMap<>();
    try (ApiGatewayV2Client domains = ApiRouteTransformerTest.v2("GetDomainNames-v2.json");
         ApiGatewayV2Client mappings = ApiRouteTransformerTest.v2("GetApiMappings.json")) {
      for (var d : ApiGatewayFetcher.httpDomainNames(domains)) {
        byDomain.put(d.domainName(), ApiGatewayFetcher.apiMappings(mappings, d.domainName()));
      }
    }
    return CustomDomainTransformer.httpMappings(byDomain);
  }

  /** The recorded domains of both kinds, by the API they serve. */
  static Map<String, List<String>> domainsByApi() {
    return CustomDomainTransformer.merge(restByApi(), httpByApi());
  }

  @Test
  void aPrivateCustomDomainNameIsNotOnTheInternetAndItsMappingsAreNotRead() {
    assertThat(restDomains()).extracting(DomainName::domainName)
        .containsExactly("help.acme.example", "internal.acme.example");
    assertThat(CustomDomainTransformer.publicRestDomains(restDomains())).extracting(DomainName::domainName)
        .containsExactly("help.acme.example");
  }

  @Test
  void basePathAndApiMappingsNameTheDomainsThatServeEachApi() {
    assertThat(restByApi()).containsExactly(Map.entry("k7x2m9q4v1", List.of("help.acme.example")));
    assertThat(httpByApi()).containsExactly(Map.entry("a1b2c3d4e5", List.of("chat.acme.example")));
    assertThat(domainsByApi()).containsOnlyKeys("k7x2m9q4v1", "a1b2c3d4e5");
    // a domain named by both reads is said once
    assertThat(CustomDomainTransformer.merge(httpByApi(), httpByApi()))
        .containsExactly(Map.entry("a1b2c3d4e5", List.of("chat.acme.example")));
  }
}
