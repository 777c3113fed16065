/**
 * Azure OpenAI, AI Services and the other AI kinds of Cognitive Services accounts: network
 * exposure, key authentication, encryption, diagnostic logging, model deployments and the content
 * filters (RAI policies) guarding them.
 */
package dev.aispm.collectors.azure.cognitiveservices;
