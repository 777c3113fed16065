/**
 * The runnable aispm: the {@code aispm} command line ({@link dev.aispm.app.Aispm}, entered
 * through {@link dev.aispm.app.Main}) and its subcommands, each a class named for what it does.
 * This is the only module that knows every other one.
 */
package dev.aispm.app;
