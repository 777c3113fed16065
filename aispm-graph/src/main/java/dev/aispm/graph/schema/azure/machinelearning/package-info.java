/** Azure Machine Learning: workspaces, hubs and projects, compute, online endpoints and their deployments, registered models, datastores and jobs. */
package dev.aispm.graph.schema.azure.machinelearning;
