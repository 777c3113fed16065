/** Azure Storage: accounts, blob containers (the Azure data stores), blob prefixes and model files read by AI workloads. */
package dev.aispm.graph.schema.azure.storage;
