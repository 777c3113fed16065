/**
 * Scanners for serialized model artifacts, one package per format. They read a model's bytes to
 * find what would run code or touch the system when the model is loaded, and never load it.
 */
package dev.aispm.scanners.model;
