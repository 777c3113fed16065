/**
 * GGUF (llama.cpp) models. The tensors are inert; the risk is the Jinja chat template in the
 * metadata, which servers render with a template engine and which has carried sandbox escapes.
 */
package dev.aispm.scanners.model.gguf;
