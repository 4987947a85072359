package org.enforcementdesk.jdbc.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Desk nodes in child JVMs ({@link DeskNode}), started with the test's own classpath and killed with SIGKILL. */
final class Nodes {

  private Nodes() {}

  /** One running child. */
  static final class Node {
    private final String name;
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private Node(String name, Process process) {
      this.name = name;
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            synchronized (all) {
              all.add(line);
            }
            lines.add(line);
          }
        } catch (IOException ignored) {
          // the child died: what it said is in all
        }
      }, "node-" + name + "-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits until the child prints {@code expected}; fails with what it printed otherwise. */
    void await(String expected, Duration timeout) throws InterruptedException {
      long end = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < end) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (expected.equals(line)) {
          return;
        }
        if (line == null && !process.isAlive() && lines.isEmpty()) {
          break;
        }
      }
      throw new AssertionError("node " + name + " did not print " + expected + " within " + timeout + "; it printed:\n"
          + output());
    }

    /** SIGKILL, and waits for the process to be gone. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for a normal end; fails unless it exits 0. */
    void awaitExit(Duration timeout) throws InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("node " + name + " did not finish within " + timeout + ":\n" + output());
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("node " + name + " exited " + process.exitValue() + ":\n" + output());
      }
    }

    String output() {
      synchronized (all) {
        return String.join("\n", all);
      }
    }
  }

  /**
   * Starts a node.
   *
   * @param groups how many duplicate groups its requests fall in (request {@code i} is of group {@code i % groups})
   * @param killPoint {@code none}, {@code after-delivery} or {@code in-lease}
   */
  static Node start(String url, String court, String name, int first, int count, int groups, String killPoint,
      Path out) {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", System.getProperty("java.class.path"), DeskNode.class.getName(),
        url, court, name, String.valueOf(first), String.valueOf(count), String.valueOf(groups), killPoint,
        out.toString());
    try {
      return new Node(name, new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start node " + name, e);
    }
  }
}
