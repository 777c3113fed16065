/**
 * The model policy in a cloud scan ({@code AISPM_MODEL_POLICY}): the facts each cloud's model
 * nodes give (vendor, base model, sources, scan verdict), judged by the same policy and judge as
 * {@code scan-files --policy}, and written as verdict records that the policy rule reads.
 */
package dev.aispm.posture.policy;
