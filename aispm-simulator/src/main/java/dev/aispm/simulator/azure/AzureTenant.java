package dev.aispm.simulator.azure;

import java.util.List;

/**
 * The identity of the simulated tenant: what a client needs to sign in (tenant, client id and
 * secret of the scanner's service principal) and the subscriptions planted in it.
 */
public record AzureTenant(String tenantId, String clientId, String clientSecret, List<String> subscriptions) {
  /** The acme tenant planted under simulator/azure/arm. */
  public static final AzureTenant ACME = new AzureTenant(
      "7d1c5a6e-3b2f-4c8d-9e0a-acme00000001",
      "5f0e9c4b-1a2d-4e6f-8a9b-0c1d2e3f4a5b",
      "simulated-client-secret-not-a-real-one",
      List.of("11111111-aaaa-4aaa-8aaa-111111111111", "22222222-bbbb-4bbb-8bbb-222222222222"));

  /** The production subscription: Azure ML, OpenAI and storage with planted risks. */
  public String production() {
    return subscriptions.get(0);
  }

  /** The development subscription, whose role assignments answer 403. */
  public String development() {
    return subscriptions.get(1);
  }
}
