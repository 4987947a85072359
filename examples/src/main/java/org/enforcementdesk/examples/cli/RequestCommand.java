package org.enforcementdesk.examples.cli;

import picocli.CommandLine.Command;

/** {@code enforcement request ...}: commands about request JSON. */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = "Work with request JSON (see docs/request-json.md).",
    subcommands = {RequestCheckCommand.class})
final class RequestCommand {}
