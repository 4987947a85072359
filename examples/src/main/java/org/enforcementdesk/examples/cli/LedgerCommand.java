package org.enforcementdesk.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.enforcementdesk.jdbc.JdbcRequestLedger;
import org.enforcementdesk.jdbc.SchemaMigrations;
import org.enforcementdesk.jdbc.Transactions;
import org.enforcementdesk.store.LedgerRebuild;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enforcement ledger ...}: the PostgreSQL ledger's schema and projections, for a DBA or an operator. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = "The PostgreSQL ledger: migrate its schema (or print the SQL for a DBA), rebuild its projections.",
    subcommands = {LedgerCommand.Migrate.class, LedgerCommand.Rebuild.class})
final class LedgerCommand {

  /** The server to work on. */
  static final class Server {
    @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
        description = "the server, e.g. jdbc:postgresql://db/desk?user=desk&password=secret")
    String url;

    Transactions transactions() {
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("--jdbc-url must start with jdbc:postgresql:, not "
            + url.replaceAll("password=[^&]*", "password=***"));
      }
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(url);
      return Transactions.of(source);
    }
  }

  /** {@code ledger migrate}: applies the pending scripts, or prints them. */
  @Command(name = "migrate", mixinStandardHelpOptions = true,
      description = "Apply the ledger's pending schema scripts; with --print, only print their SQL for a DBA.")
  static final class Migrate implements Callable<Integer> {
    @Mixin Server server;
    @Spec CommandSpec spec;

    @Option(names = "--print", description = "print the pending SQL and change nothing")
    boolean print;

    @Override
    public Integer call() {
      SchemaMigrations migrations = SchemaMigrations.of(server.transactions());
      PrintWriter out = spec.commandLine().getOut();
      if (print) {
        String sql = migrations.pendingSql();
        out.println(sql.isEmpty() ? "-- the schema is up to date" : sql);
      } else {
        out.println("applied schema versions " + migrations.migrate());
      }
      return EnforcementCli.OK;
    }
  }

  /** {@code ledger rebuild}: recomputes a court's projections from its events. */
  @Command(name = "rebuild", mixinStandardHelpOptions = true,
      description = "Recompute a court's due queue, labels and listings from its events, in place.")
  static final class Rebuild implements Callable<Integer> {
    @Mixin Server server;
    @Spec CommandSpec spec;

    @Option(names = "--court", required = true, paramLabel = "COURT", description = "the court whose streams to rebuild")
    String court;

    @Override
    public Integer call() {
      JdbcRequestLedger ledger = JdbcRequestLedger.builder().transactions(server.transactions()).court(court).build();
      int streams = LedgerRebuild.reindex(ledger);
      spec.commandLine().getOut().println("rebuilt the projections of " + streams + " stream(s) of court " + court);
      return EnforcementCli.OK;
    }
  }
}
