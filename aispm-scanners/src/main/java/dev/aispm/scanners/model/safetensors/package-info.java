/**
 * Safetensors: a JSON header and raw tensor bytes, with no code path at load. What remains risky
 * is a header that loaders read differently or that drives them out of bounds, so the header is
 * validated strictly.
 */
package dev.aispm.scanners.model.safetensors;
