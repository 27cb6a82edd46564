/**
 * The {@code peerplan} command line: a headless Equinox application whose subcommands (picocli) load, check, summarize
 * and create plans. Every bad input ends with one sentence on standard error and exit code 2.
 */
package org.peerplan.cli.internal;
