/** Entra ID principals behind Azure AI resources, with their Azure RBAC role assignments summarised. */
package dev.aispm.graph.schema.azure.authorization;
