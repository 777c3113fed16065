/**
 * Azure Machine Learning read through ARM REST (the SDK's pipeline; no Azure ML management SDK is
 * used): registries, workspaces, hubs and projects with their connections, compute, online and
 * batch endpoints with their deployments, model versions, datastores and jobs with their input and
 * output lineage.
 */
package dev.aispm.collectors.azure.machinelearning;
