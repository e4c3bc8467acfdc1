/**
 * The command line (picocli): {@code extract}, {@code index}, {@code search}. Thin: each command
 * parses its options, calls {@link io.newsfacts.Pipeline} or the index, and prints. {@code
 * System.exit} only in {@link io.newsfacts.cli.Main#main}.
 */
package io.newsfacts.cli;
