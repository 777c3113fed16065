/**
 * What every cloud's content stage shares: the read budget per object and per store, and the verdict written on a scanned object.
 */
package dev.aispm.collectors.content;
