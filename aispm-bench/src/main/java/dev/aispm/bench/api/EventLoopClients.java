package dev.aispm.bench.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Many benchmark clients on one thread: each client is a kept-alive HTTP/1.1 connection that sends
 * its next request as soon as its last answer is complete, and one selector thread serves them all,
 * as event-loop load generators ({@code wrk}, {@code h2load}) do.
 *
 * <p>Why: the load benchmark runs its clients in the service's process, on the same two cores. With
 * one thread per client, fifty client threads compete with Tomcat's workers for the cores, and a
 * client thread that is ready but not scheduled adds its wait to the latency it records; the tail
 * then measures the scheduler's round over a hundred threads rather than the API. One loop thread
 * keeps fifty requests in flight without that, and costs less CPU per request.
 *
 * <p>What each connection does next is the caller's: {@link Conversation} gives the next request
 * and receives each answer with its latency (from the first byte written to the last byte read).
 */
final class EventLoopClients {
  /** One client's sequence of requests. */
  interface Conversation {
    /** The path and query of the next request. */
    String next();

    /** The answer to the last request, and its latency in nanoseconds. */
    void answered(int status, byte[] body, int length, long nanos);

    /** The last request failed (connection lost, malformed answer); the client reconnects. */
    void failed(Exception e);
  }

  private final InetSocketAddress address;
  private final String hostHeader;
  private final String authorization;

  EventLoopClients(String host, int port, String authorization) {
    this.address = new InetSocketAddress(host, port);
    this.hostHeader = host + ":" + port;
    this.authorization = authorization;
  }

  /**
   * Runs every conversation until {@code endNanos} ({@link System#nanoTime()}); requests still in
   * flight then are dropped, not counted.
   */
  void run(Conversation[] conversations, long endNanos) throws IOException {
    try (Selector selector = Selector.open()) {
      for (Conversation c : conversations) {
        new Connection(c).open(selector);
      }
      while (System.nanoTime() < endNanos) {
        long waitMillis = Math.max(1, (endNanos - System.nanoTime()) / 1_000_000);
        selector.select(Math.min(waitMillis, 100));
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          Connection conn = (Connection) key.attachment();
          try {
            if (!conn.ready(key)) {
              conn.reopen(selector, key);
            }
          } catch (IOException | RuntimeException e) {
            conn.conversation.failed(e);
            conn.reopen(selector, key);
          }
        }
      }
      for (SelectionKey key : selector.keys()) {
        key.channel().close();
      }
    }
  }

  /** One kept-alive connection and the answer being read on it. */
  private final class Connection {
    final Conversation conversation;
    ByteBuffer out;
    final ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
    byte[] answer = new byte[64 * 1024];
    int answerLength;
    long sentAt;

    Connection(Conversation conversation) {
      this.conversation = conversation;
    }

    void open(Selector selector) throws IOException {
      SocketChannel ch = SocketChannel.open();
      ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      ch.connect(address);
      ch.configureBlocking(false);
      SelectionKey key = ch.register(selector, SelectionKey.OP_WRITE, this);
      send(key);
    }

    void reopen(Selector selector, SelectionKey key) {
      try {
        key.cancel();
        key.channel().close();
        open(selector);
      } catch (IOException e) {
        conversation.failed(e);
      }
    }

    void send(SelectionKey key) throws IOException {
      byte[] request = ("GET " + conversation.next() + " HTTP/1.1\r\nHost: " + hostHeader
          + "\r\nAccept: application/json\r\nAuthorization: " + authorization + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1);
      out = ByteBuffer.wrap(request);
      answerLength = 0;
      sentAt = System.nanoTime();
      write(key);
    }

    void write(SelectionKey key) throws IOException {
      ((SocketChannel) key.channel()).write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** Reads or writes what the selector says is ready; false when the server closed the connection after an answer. */
    boolean ready(SelectionKey key) throws IOException {
      if (key.isWritable()) {
        write(key);
        return true;
      }
      SocketChannel ch = (SocketChannel) key.channel();
      in.clear();
      int n = ch.read(in);
      if (n < 0) {
        throw new IOException("connection closed after " + answerLength + " bytes of the answer");
      }
      in.flip();
      if (answer.length < answerLength + n) {
        answer = Arrays.copyOf(answer, Math.max(answer.length * 2, answerLength + n));
      }
      in.get(answer, answerLength, n);
      answerLength += n;
      HttpAnswer parsed = HttpAnswer.parse(answer, answerLength);
      if (parsed == null) {
        return true;
      }
      long took = System.nanoTime() - sentAt;
      conversation.answered(parsed.status(), parsed.body(), parsed.length(), took);
      if (parsed.close()) {
        // Tomcat closes a kept-alive connection after its request limit: not an error.
        return false;
      }
      send(key);
      return true;
    }
  }
}
