package dev.artificer.system.algotrader.adapters.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class HttpsCallbackReceiverIT {

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A browser that has accepted the self-signed certificate, as the user does once. */
    private static HttpClient browserTrustingTheCertificate() throws Exception {
        TrustManager acceptAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {acceptAll}, null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    @Test
    void redirectToTheCallbackIsReceivedOverHttpsWithItsCode() throws Exception {
        URI callback = URI.create("https://127.0.0.1:" + freePort() + "/callback");
        try (HttpsCallbackReceiver receiver = HttpsCallbackReceiver.start(callback)) {
            HttpResponse<String> page = browserTrustingTheCertificate().send(
                    HttpRequest.newBuilder(URI.create(callback + "?code=C0.abc%40&state=s1")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("You can close this tab");
            assertThat(receiver.awaitRedirect(Duration.ofSeconds(5))).isEqualTo(callback + "?code=C0.abc%40&state=s1");
        }
    }

    @Test
    void certificateIsSelfSignedSoAnOrdinaryClientRefusesIt() throws Exception {
        URI callback = URI.create("https://127.0.0.1:" + freePort());
        try (HttpsCallbackReceiver receiver = HttpsCallbackReceiver.start(callback)) {
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(callback).build(),
                    HttpResponse.BodyHandlers.discarding()))
                    .hasMessageContaining("PKIX");
        }
    }

    @Test
    void portInUseSuggestsTheManualLogin() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            URI callback = URI.create("https://127.0.0.1:" + taken.getLocalPort());

            assertThatThrownBy(() -> HttpsCallbackReceiver.start(callback))
                    .isInstanceOf(CallbackException.class)
                    .hasMessageContaining("in use").hasMessageContaining("--manual");
        }
    }

    @Test
    void noRedirectWithinTheTimeoutSaysWhatToDo() throws Exception {
        URI callback = URI.create("https://127.0.0.1:" + freePort());
        try (HttpsCallbackReceiver receiver = HttpsCallbackReceiver.start(callback)) {
            assertThatThrownBy(() -> receiver.awaitRedirect(Duration.ofMillis(200)))
                    .isInstanceOf(CallbackException.class)
                    .hasMessageContaining("auth login");
        }
    }
}
