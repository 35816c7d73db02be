package vn.vtlt.warehouse.portal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/** The {@link Actor} behind a request: an API token's, or a signed-in account's. */
final class ActingFor {

    private ActingFor() {
    }

    static Actor actor(Authentication authentication, Accounts accounts) {
        if (authentication.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        String login = authentication.getPrincipal() instanceof UserDetails user ? user.getUsername() : authentication.getName();
        return accounts.find(login).map(Accounts.Account::actor)
                .orElseThrow(() -> new IllegalStateException("no account " + login));
    }
}
