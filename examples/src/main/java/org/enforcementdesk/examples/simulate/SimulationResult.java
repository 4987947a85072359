package org.enforcementdesk.examples.simulate;

import org.enforcementdesk.metrics.IndicatorReport;

/**
 * What a simulation produced: the report year's indicators, computed by the library from the ledgers, and a few
 * facts about the run itself.
 *
 * @param report the indicators of the report year, with the year before for comparison
 * @param courts how many courts were simulated
 * @param yearBefore whether the year before was simulated (else its comparisons are not applicable)
 * @param overtaken commands the desk refused because the order had moved on
 */
record SimulationResult(IndicatorReport report, int courts, boolean yearBefore, long overtaken) {}
