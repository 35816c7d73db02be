package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.portal.Tokens;

/**
 * {@code tokens create|revoke}: API tokens of agencies' systems (contract sections 7 and 8). {@code create} prints
 * the token once, on the last line; only its hash is kept. Works while {@code serve} runs.
 */
@Command(name = "tokens", mixinStandardHelpOptions = true, description = "API tokens of agencies: create, revoke.",
        subcommands = {TokensCommand.Create.class, TokensCommand.Revoke.class})
public class TokensCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("tokens create|revoke (see tokens --help)");
    }

    /** Options both subcommands have. */
    static class Common {
        @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
        Path home;

        @Option(names = "--agency", required = true, paramLabel = "CODE", description = "The agency the token acts for.")
        String agency;

        @Option(names = "--name", required = true, paramLabel = "N", description = "What the token is for (the system using it).")
        String name;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a token; prints it once, on the last line.")
    static class Create extends Common implements Callable<Integer> {

        @Option(names = "--with-children", description = "Also act for the agencies whose parent_code is --agency.")
        boolean withChildren;

        @Override
        public Integer call() {
            PortalAccounts portal = new PortalAccounts(home);
            portal.requireAgency(agency, withChildren);
            String token = new Tokens(portal.dataSource).create(agency, name, withChildren);
            portal.audit.record(PortalAccounts.operator(), "TOKEN_CREATED", agency + " " + name + (withChildren ? " with children" : ""));
            System.out.println("Token " + name + " of " + agency + " created; it is shown this once (only its hash is kept):");
            System.out.println(token);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an agency's token by name.")
    static class Revoke extends Common implements Callable<Integer> {

        @Override
        public Integer call() {
            PortalAccounts portal = new PortalAccounts(home);
            if (!new Tokens(portal.dataSource).revoke(agency, name)) {
                throw new IllegalArgumentException("agency " + agency + " has no live token named " + name);
            }
            portal.audit.record(PortalAccounts.operator(), "TOKEN_REVOKED", agency + " " + name);
            System.out.println("Token " + name + " of " + agency + " revoked.");
            return 0;
        }
    }
}
