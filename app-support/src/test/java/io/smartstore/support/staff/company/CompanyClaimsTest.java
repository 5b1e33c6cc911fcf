package io.smartstore.support.staff.company;

import io.smartstore.support.staff.StaffRoles;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyClaimsTest {

    final CompanySettings settings = new CompanySettings("roles", "stores");
    final StaffRoles roles = new StaffRoles(List.of("ADVISER", "MANAGER", "ADMIN"));
    final CompanyClaims store = new CompanyClaims(settings, roles, Optional.of(new ShopScope("FR-PARIS-01")));
    final CompanyClaims headquarters = new CompanyClaims(settings, new StaffRoles(List.of("ANALYST", "ADMIN")), Optional.empty());

    @Test
    void onlyTheRolesThisAppHasAreGiven() {
        assertThat(names(store.authorities(Map.of("roles", List.of("adviser", "MANAGER", "ANALYST", "ROOT")))))
                .containsExactly("ROLE_ADVISER", "ROLE_MANAGER");
        assertThat(names(headquarters.authorities(Map.of("roles", "ANALYST ADVISER,ADMIN")))).containsExactly("ROLE_ANALYST", "ROLE_ADMIN");
        assertThat(store.authorities(Map.of())).isEmpty();
        assertThat(store.authorities(Map.of("roles", 42))).isEmpty();
    }

    @Test
    void aStoreOpensOnlyForItsOwnPeople() {
        assertThat(store.opensThisShop(Map.of("stores", List.of("FR-LYON-02", "FR-PARIS-01")))).isTrue();
        assertThat(store.opensThisShop(Map.of("stores", List.of("*")))).isTrue();
        assertThat(store.opensThisShop(Map.of("stores", "FR-LYON-02"))).isFalse();
        assertThat(store.opensThisShop(Map.of())).isFalse();
        assertThat(headquarters.opensThisShop(Map.of())).isTrue();
    }

    @Test
    void aPersonIsNamedByTheirPreferredUsernameElseTheirSubject() {
        assertThat(store.username(Map.of("preferred_username", "lea.v", "sub", "8f2c"))).isEqualTo("lea.v");
        assertThat(store.username(Map.of("sub", "8f2c"))).isEqualTo("8f2c");
        assertThat(store.username(Map.of("preferred_username", "x".repeat(100)))).hasSize(64);
    }

    private static List<String> names(List<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
