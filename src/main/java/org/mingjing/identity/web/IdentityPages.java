package org.mingjing.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mingjing.identity.AccountAdministration;
import org.mingjing.identity.AccountDraft;
import org.mingjing.identity.SecurityLog;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sign-in, password change, account administration and the audit log pages. */
@Controller
class IdentityPages {

    private final AccountAdministration accounts;
    private final Organization organization;
    private final SecurityLog log;
    private final MessageSource messages;
    private final Clock clock;

    IdentityPages(AccountAdministration accounts, Organization organization, SecurityLog log,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.organization = organization;
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/password")
    String password() {
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String confirmPassword, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errors", List.of(text("password.validation.confirm")));
            return "identity/password";
        }
        try {
            accounts.changeOwnPassword(Caller.require(), currentPassword, newPassword);
        } catch (ProblemException e) {
            model.addAttribute("errors", FormErrors.byField(e, messages).values());
            return "identity/password";
        }
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?changed";
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasRole('SECADMIN')")
    String accounts(Model model) {
        Caller caller = Caller.require();
        model.addAttribute("accounts", accounts.accounts(caller));
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", Instant.now(clock));
        return "identity/accounts";
    }

    @PostMapping("/accounts")
    @PreAuthorize("hasRole('SECADMIN')")
    String open(@RequestParam String username, @RequestParam String displayName, @RequestParam String agencyId,
            @RequestParam(required = false) String officerId, @RequestParam(required = false) List<Role> roles,
            @RequestParam String initialPassword, RedirectAttributes redirect) {
        Set<Role> set = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        try {
            accounts.open(Caller.require(), new AccountDraft(username, displayName, agencyId, officerId, set,
                    initialPassword));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("errors", labelled(FormErrors.byField(e, messages)));
            return "redirect:/accounts";
        }
        redirect.addFlashAttribute("notice", text("account.opened", username));
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{username}/password-reset")
    @PreAuthorize("hasRole('SECADMIN')")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(Caller.require(), username, password);
            redirect.addFlashAttribute("notice", text("account.password-reset", username));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("errors", labelled(FormErrors.byField(e, messages)));
        }
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{username}/{action:enable|disable}")
    @PreAuthorize("hasRole('SECADMIN')")
    String enable(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(Caller.require(), username, "enable".equals(action));
            redirect.addFlashAttribute("notice", text("account." + action + "d", username));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("errors", labelled(FormErrors.byField(e, messages)));
        }
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{username}/unlock")
    @PreAuthorize("hasRole('SECADMIN')")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(Caller.require(), username);
        redirect.addFlashAttribute("notice", text("account.unlocked", username));
        return "redirect:/accounts";
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('AUDITOR')")
    String audit(@RequestParam(required = false) String type, @RequestParam(required = false) String username,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events",
                log.page(organization.visibleAgencyIds(Caller.require()), type, username, Math.max(0, page), 50));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("type", type);
        model.addAttribute("username", username);
        return "identity/audit";
    }

    /** Field messages prefixed with the field's label, for the list above the accounts table. */
    private List<String> labelled(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> FormErrors.GENERAL.equals(e.getKey()) ? e.getValue()
                : messages.getMessage("account.field." + e.getKey(), null, e.getKey(), LocaleContextHolder.getLocale())
                        + " " + e.getValue()).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
