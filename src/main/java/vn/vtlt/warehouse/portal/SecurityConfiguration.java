package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may do what, checked on the server: {@code /api/v1/**} with an agency's API token ({@code Authorization:
 * Bearer}, no session, no cookie: {@code 401} without a live one); the pages with a form sign-in, a session
 * cookie and CSRF tokens on every form (Thymeleaf adds them). Which agency an actor may act for is decided per
 * request by {@link AgencyScope}. Sign-ins, failures and lock-outs go to the {@link AuditLog}.
 */
@Configuration
public class SecurityConfiguration {

    private final Accounts accounts;
    private final AuditLog audit;

    public SecurityConfiguration(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.AGENCY.name()))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookie is sent or read: a token in a header cannot be forged by a page
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        json(response, HttpServletResponse.SC_UNAUTHORIZED, "a valid API token is required: Authorization: Bearer <token>")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/set-password", "/portal/**", "/error").permitAll()
                        // the analysts' and operators' pages (issue 14): an agency's clerk gets 403
                        .requestMatchers("/operator/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/analyst/**").hasAnyRole(Role.ANALYST.name(), Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    UserDetailsService userDetailsService() {
        return login -> accounts.find(login)
                .map(account -> (UserDetails) User.withUsername(account.login())
                        // an account whose person has not set a password yet cannot sign in
                        .password(account.passwordHash() == null ? "{noop}" + Secrets.newSecret() + "!" : account.passwordHash())
                        .disabled(!account.enabled() || account.passwordHash() == null)
                        .accountLocked(account.locked(Instant.now()))
                        .authorities(account.role().authority())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(login));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return accounts.encoder();
    }

    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signIn
                && signIn.getPrincipal() instanceof UserDetails user) {
            accounts.signedIn(user.getUsername());
            audit.record(user.getUsername(), "SIGN_IN", null);
        }
    }

    @EventListener
    public void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        String login = event.getAuthentication().getName();
        audit.record(login, "SIGN_IN_FAILED", event.getException().getClass().getSimpleName());
        if (accounts.find(login).isPresent() && accounts.failedSignIn(login)) {
            audit.record(login, "ACCOUNT_LOCKED", Accounts.MAX_FAILED_SIGN_INS + " failed sign-ins");
        }
    }

    static void json(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + error.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** Authenticates an API call by its bearer token; without a live one the call stays anonymous (401). */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final Tokens tokens;

        BearerTokenFilter(Tokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                tokens.actorOf(header.substring(7).strip()).ifPresent(actor -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(actor, null,
                                List.of(new SimpleGrantedAuthority(actor.role().authority())))));
            }
            chain.doFilter(request, response);
        }
    }
}
