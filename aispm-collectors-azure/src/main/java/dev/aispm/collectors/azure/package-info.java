/**
 * The Azure collector: Azure Machine Learning, Azure OpenAI / AI Services, the storage accounts
 * behind them, the Entra ID principals they run as with their role assignments, and the networks
 * around them, read through the Azure SDK's HTTP pipeline (credential, retries, transport) from
 * Azure Resource Manager, one subscription at a time.
 */
package dev.aispm.collectors.azure;
