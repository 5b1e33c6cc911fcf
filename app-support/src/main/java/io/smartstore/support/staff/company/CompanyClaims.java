package io.smartstore.support.staff.company;

import io.smartstore.support.staff.StaffRoles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a company token's claims mean here: the person's name, their roles (only the roles this
 * app knows; a list or a space- or comma-separated text), and whether they may open this shop.
 */
public final class CompanyClaims {

    /** How many characters of a name are kept: usernames are at most 64 characters everywhere. */
    private static final int NAME_LENGTH = 64;
    private final CompanySettings settings;
    private final StaffRoles roles;
    private final Optional<ShopScope> shop;

    public CompanyClaims(CompanySettings settings, StaffRoles roles, Optional<ShopScope> shop) {
        this.settings = settings;
        this.roles = roles;
        this.shop = shop;
    }

    /** The person's username here: {@code preferred_username}, else the subject. */
    public String username(Map<String, Object> claims) {
        Object preferred = claims.get("preferred_username");
        String name = preferred instanceof String text && !text.isBlank() ? text : String.valueOf(claims.get("sub"));
        return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
    }

    /** {@code ROLE_…} for each role of the roles claim that this app has. */
    public List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return values(claims.get(settings.rolesClaim())).stream()
                .map(role -> role.toUpperCase(java.util.Locale.ROOT))
                .filter(roles.all()::contains).distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** True when the stores claim holds this shop or {@code *}; always at headquarters. */
    public boolean opensThisShop(Map<String, Object> claims) {
        return shop.map(scope -> {
            List<String> stores = values(claims.get(settings.storesClaim()));
            return stores.contains("*") || stores.contains(scope.storeId());
        }).orElse(true);
    }

    /** The shop's id, for the words of a refusal. */
    public Optional<String> storeId() {
        return shop.map(ShopScope::storeId);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).filter(value -> !value.isEmpty()).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(value -> !value.isEmpty()).toList();
        }
        return List.of();
    }
}
