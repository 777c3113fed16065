package dev.aispm.misuse.detect;

import java.util.Map;
import java.util.Set;

/**
 * What the inventory and content stages wrote that detectors need, read once per run: detectors
 * must not query the graph per event.
 *
 * @param aiDataStores     data stores AI assets read or write ({@code usedByAi}), by the name
 *                         activity records use (bucket or storage account name) to their asset id
 * @param artifactVerdicts content-scan verdict ({@code scanStatus}) per model artifact URI
 * @param aiIdentities     ids and names of the identities AI assets run as (role ARNs and names,
 *                         service account e-mails, managed identity ids)
 * @param aiAccounts       lower-case resource ids of Azure AI accounts, whose keys and settings matter
 * @param identities       every identity's id, by each name activity records may use for it (an
 *                         ARN, a service account e-mail): detections link to the identity node
 */
public record AiAssets(Map<String, String> aiDataStores, Map<String, String> artifactVerdicts,
    Set<String> aiIdentities, Set<String> aiAccounts, Map<String, String> identities) {

  public static final AiAssets NONE = new AiAssets(Map.of(), Map.of(), Set.of(), Set.of(), Map.of());

  public AiAssets {
    aiDataStores = Map.copyOf(aiDataStores);
    artifactVerdicts = Map.copyOf(artifactVerdicts);
    aiIdentities = Set.copyOf(aiIdentities);
    aiAccounts = Set.copyOf(aiAccounts);
    identities = Map.copyOf(identities);
  }
}
