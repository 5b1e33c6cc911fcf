package io.smartstore.support.security;

import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.List;
import java.util.function.Supplier;

/**
 * Grants an API request by the {@link CalledBy} of the operation that answers it: an enrolled client's role, the staff
 * roles it names, or anyone. An operation that declares nothing is refused to everyone (a new endpoint is closed until
 * it says who calls it); a path that exists for another method or media type answers its 405 or 415 only to whom may call
 * one of its operations (403 to the others); an address
 * outside the controllers (the actuator's) needs one of {@code otherwise}.
 */
public final class OperationAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final Endpoints endpoints;
    private final String clientRole;
    private final AuthorizationManager<RequestAuthorizationContext> otherwise;

    /** {@code clientRole}: the role of the app's enrolled clients (KIOSK at a store, STORE at central). */
    public OperationAccess(Endpoints endpoints, String clientRole, String... otherwise) {
        this.endpoints = endpoints;
        this.clientRole = clientRole;
        this.otherwise = AuthorityAuthorizationManager.hasAnyRole(otherwise);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        return switch (endpoints.match(request.getRequest())) {
            case Endpoints.Operation operation -> Endpoints.calledBy(operation.method())
                    .map(calledBy -> grant(calledBy).authorize(authentication, request))
                    .orElse(new AuthorizationDecision(false));
            case Endpoints.Otherwise otherwise -> otherwise.atThisPath().isEmpty()
                    ? AuthenticatedAuthorizationManager.<RequestAuthorizationContext>authenticated().authorize(authentication, request)
                    : anyOf(otherwise.atThisPath()).authorize(authentication, request);
            case Endpoints.Unmapped ignored -> otherwise.authorize(authentication, request);
        };
    }

    /** Whom one of the operations at a path lets through: they get its 405 or 415, everyone else a 403. */
    private AuthorizationManager<RequestAuthorizationContext> anyOf(java.util.List<org.springframework.web.method.HandlerMethod> operations) {
        List<AuthorizationManager<RequestAuthorizationContext>> grants = operations.stream().map(Endpoints::calledBy)
                .flatMap(java.util.Optional::stream).map(this::grant).toList();
        return grants.isEmpty() ? (authentication, request) -> new AuthorizationDecision(false) : AuthorizationManagers.anyOf(grants.toArray(AuthorizationManager[]::new));
    }

    private AuthorizationManager<RequestAuthorizationContext> grant(CalledBy calledBy) {
        return switch (calledBy.value()) {
            case CLIENT -> AuthorityAuthorizationManager.hasRole(clientRole);
            case STAFF -> AuthorityAuthorizationManager.hasAnyRole(calledBy.roles());
            case ANYONE -> (authentication, request) -> new AuthorizationDecision(true);
        };
    }
}
