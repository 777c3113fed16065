/**
 * The rule catalogue: rule folders (metadata, query, fixtures) loaded and checked, built-in and custom.
 */
package dev.aispm.rules.catalog;
