package org.enforcementdesk.examples.cli;

import picocli.CommandLine.Command;

/** {@code enforcement calendar ...}: commands about the working calendar (工作日历) and deadlines. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = "Work with the working calendar: official holidays, make-up working days (调休), office hours.",
    subcommands = {CalendarDueCommand.class})
final class CalendarCommand {}
