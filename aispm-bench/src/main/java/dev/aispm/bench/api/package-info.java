/**
 * The findings queue under concurrent clients, through the whole service with its security.
 */
package dev.aispm.bench.api;
