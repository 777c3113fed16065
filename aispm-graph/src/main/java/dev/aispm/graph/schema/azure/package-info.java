/**
 * Azure node and relationship types. They carry the same concept labels as the AWS types
 * ({@code Notebook}, {@code Endpoint}, {@code DataStore}, {@code Identity} ...) so that the common
 * rules and attack paths read Azure assets without an Azure special case.
 */
package dev.aispm.graph.schema.azure;
