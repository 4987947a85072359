package org.enforcementdesk.examples.cli;

import picocli.CommandLine.Command;

/** {@code enforcement rules ...}: commands about a rule book's files. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Work with rule files: rules in business language (*.dslr) and their vocabulary (*.dsl).",
    subcommands = {RulesExpandCommand.class})
final class RulesCommand {}
