package dev.aispm.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header and its one security scheme: every operation takes a bearer token
 * (an aispm API token, or an OIDC access token when SSO is configured). The document is checked
 * into docs/openapi.json, so its version is fixed rather than the build's.
 */
@Configuration
public class OpenApiConfig {
  @Bean
  OpenAPI aispmOpenApi() {
    return new OpenAPI()
        .info(new Info().title("aispm API").version("v1")
            .description("Agentless AI security posture: AI inventory, AI-BOM, findings, scans, rules, "
                + "compliance, tokens and audit. Errors are RFC 9457 problem details. Lists take limit "
                + "(1-500, default 50) and an opaque cursor.")
            .license(new License().name("Apache-2.0")))
        .components(new Components().addSecuritySchemes("bearer",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("aispm API token (aispm_...) or OIDC access token")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        // Relative, so the document is the same whichever host and port serve it.
        .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")));
  }
}
