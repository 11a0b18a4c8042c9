package dev.artificer.system.algotrader.adapters.callback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receives the OAuth redirect on the registered {@code https://127.0.0.1:PORT} callback: a one-shot HTTPS
 * server with a self-signed certificate made at run time. The browser shows a certificate warning once;
 * the server answers one redirect and stops.
 */
public final class HttpsCallbackReceiver implements AutoCloseable {

    private static final String DONE_PAGE = "<!doctype html><title>algo-trader</title>"
            + "<p>Schwab login received. You can close this tab and return to the terminal.</p>";

    private final URI callbackUrl;
    private final HttpsServer server;
    private final CompletableFuture<String> redirect = new CompletableFuture<>();

    private HttpsCallbackReceiver(URI callbackUrl, HttpsServer server) {
        this.callbackUrl = callbackUrl;
        this.server = server;
    }

    /**
     * Starts listening on the callback URL's host and port.
     *
     * @param callbackUrl the registered callback, e.g. {@code https://127.0.0.1:8182}
     * @return the running receiver
     * @throws CallbackException when the port is taken or TLS cannot be set up
     */
    public static HttpsCallbackReceiver start(URI callbackUrl) {
        int port = callbackUrl.getPort() < 0 ? 443 : callbackUrl.getPort();
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(callbackUrl.getHost(), port), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(SelfSignedCertificate.sslContextFor(callbackUrl.getHost())));
            HttpsCallbackReceiver receiver = new HttpsCallbackReceiver(callbackUrl, server);
            server.createContext("/", receiver::handle);
            server.start();
            return receiver;
        } catch (BindException taken) {
            throw new CallbackException("port " + port + " of " + callbackUrl.getHost() + " is in use; free it or use "
                    + "`auth login --manual`");
        } catch (IOException | GeneralSecurityException failure) {
            throw new CallbackException("cannot listen on " + callbackUrl + ": " + failure.getMessage());
        }
    }

    /**
     * Waits for the browser's redirect.
     *
     * @param timeout how long to wait
     * @return the full URL the browser was redirected to
     * @throws CallbackException on timeout or interruption
     */
    public String awaitRedirect(Duration timeout) {
        try {
            return redirect.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new CallbackException("no login arrived within " + timeout.toSeconds() + " s; run `auth login` again "
                    + "or use `auth login --manual`");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CallbackException("interrupted while waiting for the login");
        } catch (ExecutionException impossible) {
            throw new CallbackException(impossible.getCause().getMessage());
        }
    }

    /**
     * The port actually listened on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String base = callbackUrl.getScheme() + "://" + callbackUrl.getRawAuthority();
        redirect.complete(base + exchange.getRequestURI().toString());
        byte[] page = DONE_PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
        }
    }
}
