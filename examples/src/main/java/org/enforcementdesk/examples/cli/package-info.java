/**
 * The example runner behind the {@code ./enforcement} launcher: commands for newcomers, rule authors and
 * integrators. Exit codes are the same for every command: 0 ok, 1 a check failed, 2 bad usage or input (with one
 * clear line on standard error, never a stack trace).
 */
package org.enforcementdesk.examples.cli;
