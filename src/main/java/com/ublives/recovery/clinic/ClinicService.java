package com.ublives.recovery.clinic;

import com.ublives.recovery.rules.HealthCondition;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.storage.StorageException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The clinic's profile and clients, for the window and the command line alike. Input is checked here
 * (one message per bad field, naming what is allowed) so both faces refuse the same things.
 * Database work: never call it on the JavaFX thread.
 */
public final class ClinicService {

    public static final int SEARCH_LIMIT = 200;
    /** SQLSTATE of a foreign-key violation, the same in H2 and PostgreSQL. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final DataSource dataSource;
    private final RuleSet rules;
    private final Clock clock;
    private final ClinicProfileRepository profiles = new ClinicProfileRepository();
    private final ClientRepository clients = new ClientRepository();

    public ClinicService(DataSource dataSource, RuleSet rules, Clock clock) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.clock = clock;
    }

    /** The stored profile, or an unset one (no name, A4) before the clinic is set up. */
    public ClinicProfile profile() {
        return read("read the clinic profile", c -> profiles.load(c).orElse(ClinicProfile.unset()));
    }

    public ClinicProfile saveProfile(ClinicProfile profile) {
        List<InputError> errors = new ArrayList<>();
        required(errors, "name", profile.name(), 200);
        limit(errors, "address", profile.address(), 500);
        limit(errors, "phone", profile.phone(), 100);
        limit(errors, "email", profile.email(), 200);
        limit(errors, "website", profile.website(), 300);
        limit(errors, "footer", profile.footer(), 500);
        for (String therapist : profile.therapists()) {
            required(errors, "therapist", therapist, 200);
        }
        if (JsonIds.write(profile.therapists()).length() > 4000) {
            errors.add(new InputError("therapist", "list is too long: at most about 4000 characters in all"));
        }
        if (profile.logo() != null) {
            try {
                Logo.check(profile.logo(), "the logo");
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        refuseIf(errors);
        write("save the clinic profile", c -> {
            profiles.save(c, profile, clock.instant());
            return null;
        });
        return profile;
    }

    public Client addClient(Client client) {
        check(client);
        return write("add the client", c -> clients.insert(c, client, clock.instant()));
    }

    public Client updateClient(Client client) {
        if (client.id() == null) {
            throw new IllegalArgumentException("A client must be stored before it is updated");
        }
        check(client);
        boolean found = write("update the client", c -> clients.update(c, client));
        if (!found) {
            throw new InvalidInputException("client", client.id() + ": no such client");
        }
        return client;
    }

    /**
     * Deletes a client. Refused (input "client") when sessions still name them: the database's
     * foreign key keeps the journal whole, and the message says why instead of a constraint name.
     */
    public void deleteClient(long id) {
        boolean found;
        try {
            found = write("delete the client", c -> clients.delete(c, id));
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                throw new InvalidInputException("client", id + " has sessions on record and cannot be deleted");
            }
            throw e;
        }
        if (!found) {
            throw new InvalidInputException("client", id + ": no such client");
        }
    }

    public Optional<Client> client(long id) {
        return read("read the client", c -> clients.find(c, id));
    }

    /** Clients whose name contains the query, ignoring case and accents ("lukasz" finds "Łukasz"). */
    public List<Client> searchClients(String query) {
        return read("search the clients", c -> clients.search(c, query == null ? "" : query, SEARCH_LIMIT));
    }

    /** The one client with exactly this name (ignoring case and accents), if there is exactly one. */
    public Optional<Client> clientNamed(String name) {
        List<Client> found = read("find the client", c -> clients.findByName(c, name));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private void check(Client client) {
        List<InputError> errors = new ArrayList<>();
        required(errors, "name", client.name(), 200);
        limit(errors, "phone", client.phone(), 100);
        limit(errors, "email", client.email(), 200);
        List<String> known = rules.conditions().stream().map(HealthCondition::id).collect(Collectors.toList());
        for (String condition : client.conditions()) {
            if (!known.contains(condition)) {
                errors.add(new InputError("condition", "must be one of " + String.join(", ", known) + ", got " + condition));
            }
        }
        refuseIf(errors);
    }

    private static void required(List<InputError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new InputError(field, "is required"));
        } else {
            limit(errors, field, value, max);
        }
    }

    private static void limit(List<InputError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new InputError(field, "must be at most " + max + " characters, got " + value.length()));
        }
    }

    private static void refuseIf(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("Could not " + doing + ": " + e.getMessage(), e);
        }
    }

    private <T> T write(String doing, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("Could not " + doing + ": " + e.getMessage(), e);
        }
    }
}
