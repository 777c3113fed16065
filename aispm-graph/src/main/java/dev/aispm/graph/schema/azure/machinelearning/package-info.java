/** Azure Machine Learning: workspaces, hubs and projects, compute, online endpoints, registered models, datastores and jobs. */
package dev.aispm.graph.schema.azure.machinelearning;
