/** Storage accounts, their blob service settings and containers: the data stores of Azure AI. */
package dev.aispm.collectors.azure.storage;
