/** Azure Container Apps (Microsoft.App): where self-hosted model servers, RAG APIs and agents run. */
package dev.aispm.graph.schema.azure.containerapps;
