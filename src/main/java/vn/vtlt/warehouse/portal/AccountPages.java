package vn.vtlt.warehouse.portal;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in, setting a password through a one-time link, and the start page of each role. */
@Controller
public class AccountPages {

    private final Accounts accounts;
    private final AgencyScope scope;
    private final AuditLog audit;

    public AccountPages(Accounts accounts, AgencyScope scope, AuditLog audit) {
        this.accounts = accounts;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/set-password")
    public String setPasswordForm(@RequestParam String key, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("login", accounts.loginOfLink(key).orElse(null));
        return "set-password";
    }

    @PostMapping("/set-password")
    public String setPassword(@RequestParam String key, @RequestParam String password, @RequestParam String confirmation,
                              Model model) {
        model.addAttribute("key", key);
        String login = accounts.loginOfLink(key).orElse(null);
        model.addAttribute("login", login);
        if (login == null) {
            return "set-password";
        }
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "password.mismatch");
            return "set-password";
        }
        if (password.length() < Accounts.MIN_PASSWORD_LENGTH) {
            model.addAttribute("error", "password.short");
            return "set-password";
        }
        accounts.setPassword(key, password);
        audit.record(login, "PASSWORD_SET", null);
        return "redirect:/login?password-set";
    }

    /** A clerk's agencies (one, or a district and its wards); analysts and operators start on the figures. */
    @GetMapping("/")
    public String home(Authentication authentication, Model model) {
        Actor actor = ActingFor.actor(authentication, accounts);
        if (actor.role() != Role.AGENCY) {
            return "redirect:/analyst";
        }
        Map<String, String> agencies = scope.agencies(actor);
        if (agencies.size() == 1) {
            return "redirect:/agencies/" + agencies.keySet().iterator().next();
        }
        model.addAttribute("actor", actor);
        model.addAttribute("agencies", agencies);
        return "home";
    }
}
