package org.wps.commitments.demo;

import java.util.List;
import java.util.Set;
import org.wps.commitments.identity.Roles;

/** A demo user of DESIGN.md §4: its role and the missions (tenants) it belongs to. */
record DemoUser(String id, String firstName, String lastName, String role, Set<String> tenants) {

    static final Set<String> ALL_MISSIONS = Set.of("unmiss", "minusma", "unsom", "monusco", "minusca");

    static final List<DemoUser> ALL = List.of(
            new DemoUser("unmissAdviser", "Achol", "Deng", Roles.ADVISERS, Set.of("unmiss")),
            new DemoUser("unmissSenior", "Grace", "Lado", Roles.SENIOR_ADVISERS, Set.of("unmiss")),
            new DemoUser("unmissLeader", "Office of the", "SRSG (UNMISS)", Roles.MISSION_LEADERSHIP, Set.of("unmiss")),
            new DemoUser("minusmaAdviser", "Aminata", "Traoré", Roles.ADVISERS, Set.of("minusma")),
            new DemoUser("minusmaSenior", "Fatoumata", "Keïta", Roles.SENIOR_ADVISERS, Set.of("minusma")),
            new DemoUser(
                    "minusmaLeader", "Office of the", "SRSG (MINUSMA)", Roles.MISSION_LEADERSHIP, Set.of("minusma")),
            new DemoUser("unsomAdviser", "Hodan", "Ali", Roles.ADVISERS, Set.of("unsom")),
            new DemoUser("osrsgDesk", "OSRSG-SVC", "Desk Officer", Roles.OSRSG_SVC, ALL_MISSIONS),
            new DemoUser("manager", "Programme", "Manager", Roles.MANAGERS, ALL_MISSIONS),
            new DemoUser("designer", "Process", "Designer", Roles.DESIGNERS, Set.of()),
            new DemoUser("admin", "Tracker", "Administrator", Roles.ADMINS, Set.of()),
            new DemoUser("monitor", "Metrics", "Scraper", Roles.MONITORING, Set.of()));

    static DemoUser byId(String id) {
        return ALL.stream()
                .filter(u -> u.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + id));
    }
}
