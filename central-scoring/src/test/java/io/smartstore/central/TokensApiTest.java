package io.smartstore.central;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Central issuing customers' app tokens, as JSON and as a QR code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TokensApiTest {

    @LocalServerPort
    int port;

    @Test
    void anAdminGetsAShortSignedToken() {
        HttpResponse<String> issued = new Api(port).asStaff("admin", "admin-test", "POST", "/api/v1/tokens", "application/json",
                "{\"customerRef\":\"C-000123\"}");
        assertThat(issued.statusCode()).isEqualTo(200);
        var token = io.smartstore.support.testing.ApiClient.json(issued);
        assertThat(token.path("token").asString()).matches("SS1\\.[A-Za-z0-9_-]{80,116}");
        assertThat(java.time.Instant.parse(token.path("expiresAt").asString())).isAfter(java.time.Instant.now());
    }

    @Test
    void theSameTokenComesAsAQrCodeImage() throws Exception {
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-test".getBytes()))
                .header("Content-Type", "application/json").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerRef\":\"C-000123\"}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        // a clean, generated image: read it as a pure barcode (the camera path is tested with real photographs elsewhere)
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(text).startsWith("SS1.");
    }

    @Test
    void badRefsAndWrongCallersAreRefused() {
        Api api = new Api(port);
        assertThat(io.smartstore.support.testing.ApiClient.json(api.asStaff("admin", "admin-test", "POST", "/api/v1/tokens", "application/json",
                "{\"customerRef\":\"<script>\"}")).path("code").asString()).isEqualTo("invalid_customer_ref");
        assertThat(api.anonymous("POST", "/api/v1/tokens", "application/json", "{\"customerRef\":\"C-1\"}").statusCode()).isEqualTo(401);
        assertThat(api.asStore("POST", "/api/v1/tokens", "application/json", "{\"customerRef\":\"C-1\"}").statusCode()).isEqualTo(403);
    }
}
