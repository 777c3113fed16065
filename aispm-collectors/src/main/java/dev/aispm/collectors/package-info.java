/**
 * Read-only cloud collectors. Each provider lives in its own package ({@code aws}, later
 * {@code azure} and {@code gcp}) with one sub-package per service, and each resource type follows
 * the same four steps: fetch (SDK only), transform (pure), load (graph writer), and cleanup,
 * which the scan ledger allows only for scopes that were collected without error.
 */
package dev.aispm.collectors;
