package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vtlt.warehouse.portal.Accounts;
import vn.vtlt.warehouse.portal.Role;

/**
 * {@code users add|disable|reset}: portal accounts (contract section 7). {@code add} and {@code reset} print a
 * one-time link for the person to set their password. Works while {@code serve} runs.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Portal accounts: add, disable, reset.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Disable.class, UsersCommand.Reset.class})
public class UsersCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("users add|disable|reset (see users --help)");
    }

    /** Options every subcommand has. */
    static class Common {
        @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
        Path home;

        @Option(names = "--portal-url", defaultValue = "http://localhost:8080", paramLabel = "URL",
                description = "The portal's address, for the set-password link (default http://localhost:8080).")
        String portalUrl;

        void printLink(String login, String secret) {
            System.out.println("One-time link for " + login + " to set a password (valid " + Accounts.LINK_VALID.toDays()
                    + " days): " + portalUrl.replaceAll("/+$", "") + "/set-password?key=" + secret);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account; prints its one-time set-password link.")
    static class Add extends Common implements Callable<Integer> {

        @Option(names = "--login", required = true, paramLabel = "L")
        String login;

        @Option(names = "--role", required = true, paramLabel = "AGENCY|ANALYST|OPERATOR")
        String role;

        @Option(names = "--agency", paramLabel = "CODE", description = "The agency an AGENCY account acts for.")
        String agency;

        @Option(names = "--with-children", description = "Also act for the agencies whose parent_code is --agency.")
        boolean withChildren;

        @Override
        public Integer call() {
            Role chosen = Role.valueOf(role.toUpperCase(Locale.ROOT));
            PortalAccounts portal = new PortalAccounts(home);
            if (agency != null) {
                portal.requireAgency(agency, withChildren);
            }
            String secret = new Accounts(portal.dataSource).add(login, chosen, agency, withChildren);
            portal.audit.record(PortalAccounts.operator(), "ACCOUNT_ADDED", login + " " + chosen
                    + (agency == null ? "" : " " + agency) + (withChildren ? " with children" : ""));
            System.out.println("Account " + login + " added (" + chosen + (agency == null ? "" : ", " + agency) + ").");
            printLink(login, secret);
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account: it can no longer sign in.")
    static class Disable extends Common implements Callable<Integer> {

        @Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            PortalAccounts portal = new PortalAccounts(home);
            new Accounts(portal.dataSource).disable(login);
            portal.audit.record(PortalAccounts.operator(), "ACCOUNT_DISABLED", login);
            System.out.println("Account " + login + " disabled.");
            return 0;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Forget an account's password and unlock it; prints a new one-time link.")
    static class Reset extends Common implements Callable<Integer> {

        @Parameters(paramLabel = "LOGIN")
        String login;

        @Override
        public Integer call() {
            PortalAccounts portal = new PortalAccounts(home);
            String secret = new Accounts(portal.dataSource).reset(login);
            portal.audit.record(PortalAccounts.operator(), "ACCOUNT_RESET", login);
            printLink(login, secret);
            return 0;
        }
    }
}
