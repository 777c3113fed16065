/** The AI bill of materials: the graph's AI assets as a CycloneDX 1.6 document. */
package dev.aispm.api.aibom;
