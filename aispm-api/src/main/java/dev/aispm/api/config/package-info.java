/** The Spring application and the configuration wiring the service's parts together. */
package dev.aispm.api.config;
