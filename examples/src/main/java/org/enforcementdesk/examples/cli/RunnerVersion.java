package org.enforcementdesk.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** The runner's version, from the jar manifest when packaged. */
final class RunnerVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = EnforcementCli.class.getPackage().getImplementationVersion();
    return new String[] {"Enforcement Desk " + (version == null ? "(development build)" : version)};
  }
}
