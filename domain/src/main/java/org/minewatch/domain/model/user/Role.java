package org.minewatch.domain.model.user;

/** What a user may do; the names are the security roles of the application. */
public enum Role {
    /** Loads figures, maintains design parameters, guidance, thresholds and users; sees everything. */
    ADMIN,
    /** Sees every mine and the company's consolidated figures and guidance compliance. */
    EXECUTIVE,
    /** Sees only the mines assigned to them, and no company-level figures. */
    MINE_MANAGER
}
