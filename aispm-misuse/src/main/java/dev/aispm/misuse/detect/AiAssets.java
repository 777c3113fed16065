package dev.aispm.misuse.detect;

import java.util.Map;
import java.util.Set;

/**
 * What the inventory and content stages wrote that detectors need, read once per run: detectors
 * must not query the graph per event.
 *
 * @param aiDataStores      names and ids of data stores AI assets read or write ({@code usedByAi}):
 *                          bucket names, storage account and container names, their ids
 * @param artifactVerdicts  content-scan verdict ({@code scanStatus}) per model artifact URI
 * @param aiIdentities      ids and names of the identities AI assets run as (role ARNs and names,
 *                          service account e-mails, managed identity ids)
 * @param aiAccounts        ids and names of AI service accounts (Azure OpenAI / AI Services
 *                          accounts, their resource ids), whose keys and settings matter
 */
public record AiAssets(Set<String> aiDataStores, Map<String, String> artifactVerdicts,
    Set<String> aiIdentities, Set<String> aiAccounts) {

  public static final AiAssets NONE = new AiAssets(Set.of(), Map.of(), Set.of(), Set.of());

  public AiAssets {
    aiDataStores = Set.copyOf(aiDataStores);
    artifactVerdicts = Map.copyOf(artifactVerdicts);
    aiIdentities = Set.copyOf(aiIdentities);
    aiAccounts = Set.copyOf(aiAccounts);
  }
}
