package io.smartstore.support.webhooks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deliveries go to https:// addresses; plain http:// only to this machine, and never under prod. */
class WebhookTargetsTest {

    @Test
    void anHttpsAddressIsTakenEverywhere() {
        assertThat(WebhookTargets.problemWith("https://crm.example/hooks", true)).isEmpty();
        assertThat(WebhookTargets.problemWith("https://crm.example:8443/hooks?tenant=fr", false)).isEmpty();
    }

    @Test
    void plainHttpOnlyToThisMachineOutsideProd() {
        assertThat(WebhookTargets.problemWith("http://127.0.0.1:9000/hooks", false)).isEmpty();
        assertThat(WebhookTargets.problemWith("http://localhost:9000/hooks", false)).isEmpty();
        assertThat(WebhookTargets.problemWith("http://[::1]:9000/hooks", false)).isEmpty();
        assertThat(WebhookTargets.problemWith("http://127.0.0.1:9000/hooks", true)).contains("url is an https:// address");
        assertThat(WebhookTargets.problemWith("http://crm.example/hooks", false)).isPresent();
        assertThat(WebhookTargets.problemWith("http://127.0.0.1.nip.io/hooks", false)).as("a name is not resolved to pass").isPresent();
        assertThat(WebhookTargets.problemWith("http://10.0.0.7/hooks", false)).isPresent();
    }

    @Test
    void whatIsNotAPlainAddressIsRefused() {
        assertThat(WebhookTargets.problemWith("mailto:crm@example.com", false)).isPresent();
        assertThat(WebhookTargets.problemWith("https://user:secret@crm.example/hooks", false)).contains("url has no user name, password or fragment");
        assertThat(WebhookTargets.problemWith("https://crm.example/hooks#x", false)).isPresent();
        assertThat(WebhookTargets.problemWith("https:///hooks", false)).isPresent();
        assertThat(WebhookTargets.problemWith("hooks here", false)).contains("url is not an address");
    }
}
