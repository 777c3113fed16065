package dev.aispm.api.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.aispm.api.config.AispmApplication;
import dev.aispm.api.testing.ApiTestBeans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OIDC through Spring's resource server (JWTs signed by a key the test holds, the service
 * configured with its public key as it would be with an IdP's key set), roles from a nested claim
 * with a prefix, API tokens still accepted beside JWTs, and the per-caller rate limit.
 */
@SpringBootTest(classes = AispmApplication.class, properties = {
    "aispm.admin-token=" + ApiTestBeans.ADMIN,
    "aispm.security.rate-limit.requests-per-minute=5",
    "aispm.security.oidc.roles-claim=realm_access.roles",
    "aispm.security.oidc.role-prefix=aispm-"})
@AutoConfigureMockMvc
@Import(ApiTestBeans.class)
class OidcAndRateLimitIT {
  static final KeyPair KEYS;
  static final Path PUBLIC_KEY;

  static {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KEYS = g.generateKeyPair();
      PUBLIC_KEY = Files.createTempFile("aispm-oidc", ".pem");
      Files.writeString(PUBLIC_KEY, "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
      PUBLIC_KEY.toFile().deleteOnExit();
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @DynamicPropertySource
  static void jwt(DynamicPropertyRegistry r) {
    r.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> PUBLIC_KEY.toUri().toString());
  }

  @Autowired
  MockMvc mvc;

  static String jwt(String subject, List<String> roles, long expiresInSeconds, KeyPair keys) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer("https://idp.example")
        .expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000))
        .issueTime(new Date()).claim("realm_access", Map.of("roles", roles)).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    return jwt.serialize();
  }

  @Test
  void oidcRolesComeFromTheConfiguredClaim() throws Exception {
    String operator = jwt("alice", List.of("aispm-operator", "other-app-admin"), 300, KEYS);
    mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + operator)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + operator))
        .andExpect(status().isForbidden());
    String nobody = jwt("bob", List.of("admin"), 300, KEYS);
    mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + nobody))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(
            org.hamcrest.Matchers.startsWith("role (none)")));
    String admin = jwt("carol", List.of("AISPM-ADMIN"), 300, KEYS);
    mvc.perform(get("/api/v1/audit").param("actor", "oidc:alice").header("Authorization", "Bearer " + admin))
        .andExpect(status().isOk());
  }

  @Test
  void expiredOrForeignJwtsAre401AndApiTokensStillWork() throws Exception {
    mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + jwt("dave", List.of("aispm-admin"), -120, KEYS)))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.type").value("https://aispm.dev/problems/unauthorized"));
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer "
            + jwt("eve", List.of("aispm-admin"), 300, g.generateKeyPair())))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer " + ApiTestBeans.ADMIN))
        .andExpect(status().isOk());
  }

  @Test
  void aCallerOverItsRateGetsA429ProblemWithRetryAfterWhileOthersGoOn() throws Exception {
    String frank = jwt("frank", List.of("aispm-viewer"), 300, KEYS);
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/summary").header("Authorization", "Bearer " + frank)).andExpect(status().isOk());
    }
    mvc.perform(get("/api/v1/summary").header("Authorization", "Bearer " + frank))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.type").value("https://aispm.dev/problems/rate-limited"))
        .andExpect(jsonPath("$.retryAfterSeconds").isNumber());
    mvc.perform(post("/api/v1/scans").header("Authorization", "Bearer " + frank)
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isTooManyRequests());
    String grace = jwt("grace", List.of("aispm-viewer"), 300, KEYS);
    mvc.perform(get("/api/v1/summary").header("Authorization", "Bearer " + grace)).andExpect(status().isOk());
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
  }
}
