package vn.vtlt.warehouse.portal;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: whether someone is signed in (to offer signing out). */
@ControllerAdvice(assignableTypes = {AccountPages.class, AgencyPages.class})
public class PageModel {

    @ModelAttribute("signedIn")
    public boolean signedIn(Principal principal) {
        return principal != null;
    }
}
