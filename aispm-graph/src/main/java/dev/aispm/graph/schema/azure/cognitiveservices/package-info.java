/** Azure OpenAI and AI Services accounts, their model deployments and content-filter (RAI) policies. */
package dev.aispm.graph.schema.azure.cognitiveservices;
