/** Azure tenant-level scopes: subscriptions and resource groups, the roots every Azure asset hangs from. */
package dev.aispm.graph.schema.azure.resources;
