package dev.artificer.infrastructure.schwab.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A response built in memory, for mapping tests without I/O. */
record StubResponse(int statusCode, HttpRequest request, HttpHeaders headers, String body)
        implements HttpResponse<String> {

    static StubResponse of(int status, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.schwabapi.com" + path + "?symbol=AAPL"))
                .GET().build();
        return new StubResponse(status, request, HttpHeaders.of(Map.of(), (name, value) -> true), body);
    }

    @Override
    public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return request.uri();
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
