/**
 * The model gate: a policy file of approved model sources, vendors, base models, formats,
 * licences and the worst scan verdict a model may have, and the judge that says what falls
 * outside it. {@code scan-files --policy} judges model files with it, and a cloud scan
 * ({@code AISPM_MODEL_POLICY}) judges the models the collectors found, so a CI build and the
 * clouds are held to one file.
 */
package dev.aispm.scanners.policy;
