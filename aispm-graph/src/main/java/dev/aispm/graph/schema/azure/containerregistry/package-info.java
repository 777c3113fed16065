/** Azure Container Registry: registries with their access settings, and the images in them. */
package dev.aispm.graph.schema.azure.containerregistry;
