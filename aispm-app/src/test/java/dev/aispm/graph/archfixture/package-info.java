/** A deliberate violation of the module arrows, for the architecture test's negative case. */
package dev.aispm.graph.archfixture;
