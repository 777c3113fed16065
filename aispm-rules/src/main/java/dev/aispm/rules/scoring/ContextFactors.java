package dev.aispm.rules.scoring;

/**
 * The context of a finding that changes how much it matters, read from the graph around its
 * resources.
 *
 * @param internetExposed   a resource of the finding is reachable from the Internet node
 * @param sensitiveData     a resource of the finding holds or can reach data with secrets or personal data
 * @param privilegedIdentity a resource of the finding is, or runs as, an identity with admin or
 *                          role-passing rights
 * @param production        a resource of the finding is tagged as production
 * @param blastRadius       data stores reachable from the finding's resources through identities
 *                          and job inputs/outputs
 */
public record ContextFactors(boolean internetExposed, boolean sensitiveData,
    boolean privilegedIdentity, boolean production, int blastRadius) {

  public static final ContextFactors NONE = new ContextFactors(false, false, false, false, 0);
}
