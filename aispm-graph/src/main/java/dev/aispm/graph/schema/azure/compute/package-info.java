/** Azure virtual machines that run AI no managed Azure AI service reports. */
package dev.aispm.graph.schema.azure.compute;
