/** Azure App Service (Microsoft.Web): function apps, where AI use hides in code and settings. */
package dev.aispm.graph.schema.azure.web;
