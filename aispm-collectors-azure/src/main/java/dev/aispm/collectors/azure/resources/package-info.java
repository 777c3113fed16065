/** Subscriptions and resource groups: the scopes of an Azure tenant. */
package dev.aispm.collectors.azure.resources;
