package vn.gov.plantracker.common.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request really comes from. Only a peer among the configured proxies is believed, and of
 * its {@code X-Forwarded-For} only the right-most address that is not a trusted proxy: the entries
 * to its left are written by the client and could name anyone.
 */
@ApplicationScoped
public class ForwardedRequest {

  /** The client's address and whether it reached the first proxy over TLS. */
  public record Origin(String ip, boolean https) {}

  private static final String KEY = "plantracker.origin";

  private final List<AddressRange> proxies;

  ForwardedRequest(
      @ConfigProperty(name = "plantracker.http.trusted-proxies") Optional<List<String>> proxies) {
    this.proxies =
        proxies.orElse(List.of()).stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty() && !p.equalsIgnoreCase("false"))
            .map(AddressRange::parse)
            .toList();
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::resolve);
  }

  /** The origin worked out for this request (its peer, when no handler ran for it). */
  public static Origin of(RoutingContext context) {
    Origin origin = context.get(KEY);
    if (origin != null) {
      return origin;
    }
    HttpServerRequest request = context.request();
    return new Origin(peer(request), "https".equals(request.scheme()));
  }

  private void resolve(RoutingContext context) {
    context.put(KEY, origin(context.request()));
    context.next();
  }

  Origin origin(HttpServerRequest request) {
    String peer = peer(request);
    boolean https = "https".equals(request.scheme());
    if (peer == null || !trusted(peer)) {
      return new Origin(peer, https);
    }
    String client = peer;
    List<String> hops = request.headers().getAll("X-Forwarded-For");
    String[] chain = String.join(",", hops).split(",");
    for (int i = chain.length - 1; i >= 0; i--) {
      String hop = chain[i].strip();
      if (hop.isEmpty()) {
        continue;
      }
      client = hop;
      if (!trusted(hop)) {
        break;
      }
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    if (proto != null) {
      String[] protos = proto.split(",");
      https = "https".equalsIgnoreCase(protos[protos.length - 1].strip());
    }
    return new Origin(client, https);
  }

  private boolean trusted(String address) {
    byte[] bytes = AddressRange.literal(address);
    return bytes != null && proxies.stream().anyMatch(p -> p.contains(bytes));
  }

  private static String peer(HttpServerRequest request) {
    return request.remoteAddress() == null ? null : request.remoteAddress().host();
  }

  /** An address or a CIDR range: {@code 10.0.0.5}, {@code 10.0.0.0/8}, {@code ::1}. */
  record AddressRange(byte[] network, int prefix) {

    static AddressRange parse(String text) {
      int slash = text.indexOf('/');
      byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
      if (network == null) {
        throw new IllegalArgumentException("Not an IP address or CIDR range: " + text);
      }
      int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
      return new AddressRange(network, prefix);
    }

    /** The bytes of an IP literal; null for anything else (never a name look-up). */
    static byte[] literal(String text) {
      String address =
          text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
      if (!address.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
        return null;
      }
      try {
        return InetAddress.getByName(address).getAddress();
      } catch (UnknownHostException e) {
        return null;
      }
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
