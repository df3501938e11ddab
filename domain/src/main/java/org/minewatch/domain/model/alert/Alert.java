package org.minewatch.domain.model.alert;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.mine.Mine;

/**
 * What a rule found, kept and followed: OPEN when raised, ACKNOWLEDGED when someone has looked at it and
 * said why (a comment), RESOLVED when a re-evaluation no longer finds it or someone resolves it with a
 * reason; a finding that comes back reopens it. There is one alert per rule, subject and period, its
 * subject key, which the schema keeps unique. Every change of status is kept as an {@link AlertTransition}.
 *
 * <p>What it found is kept twice: as an English sentence (the message, for the API and logs) and as the key
 * of that sentence in the rules' findings bundle with its arguments as JSON, from which the pages write it
 * in the reader's language. Alerts raised before keys were kept have none until a re-evaluation finds them
 * again; until then their English message is all there is.
 */
@Entity
@Table(name = "alert")
public class Alert {

    public static final String SYSTEM = "system";

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;

    @Column(name = "subject_key", nullable = false, unique = true, length = 200)
    private String subjectKey;

    @Column(name = "rule_id", nullable = false, length = 50)
    private String rule;

    @Column(nullable = false, length = 10)
    private String severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private AlertStatus status;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "mine_id")
    private Mine mine;

    @Column(name = "period_code", nullable = false, length = 10)
    private String period;

    @Column(length = 2)
    private String metal;

    @Column(nullable = false, length = 2000)
    private String message;

    /** The sentence's key in the findings bundle; null for alerts raised before it was kept. */
    @Column(name = "message_key", length = 100)
    private String messageKey;

    /** The sentence's arguments as a JSON array; null with the key. */
    @Lob
    @Column(name = "message_arguments")
    private String messageArguments;

    /** The finding's evidence as a JSON object. */
    @Column(nullable = false, length = 8000)
    private String evidence;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Whether the last evaluation found it. */
    @Column(name = "currently_found", nullable = false)
    private boolean currentlyFound = true;

    @Version
    private long version;

    @OneToMany(mappedBy = "alert", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("occurredAt, id")
    private List<AlertTransition> history = new ArrayList<>();

    protected Alert() {
        // for JPA
    }

    /**
     * A new alert for a finding, OPEN.
     *
     * @param messageKey       the message's key in the findings bundle, or null for a message in English only
     * @param messageArguments the message's arguments as a JSON array, null with the key
     */
    public Alert(String subjectKey, String rule, String severity, Company company, Mine mine, String period, String metal, String message,
                 String messageKey, String messageArguments, String evidence, Instant raisedAt) {
        this.subjectKey = Objects.requireNonNull(subjectKey, "subjectKey");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.company = Objects.requireNonNull(company, "company");
        this.mine = mine;
        this.period = Objects.requireNonNull(period, "period");
        this.metal = metal;
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
        this.status = AlertStatus.OPEN;
        describe(severity, message, messageKey, messageArguments, evidence, raisedAt);
        history.add(new AlertTransition(this, null, AlertStatus.OPEN, SYSTEM, raisedAt, "raised: " + message));
    }

    /**
     * The rule finds it (still, or again): its words and figures are kept current. If it had gone and comes
     * back, a resolved alert reopens; one resolved by hand while it was still found stays resolved.
     */
    public void found(String severity, String message, String messageKey, String messageArguments, String evidence, Instant at) {
        boolean changed = !this.message.equals(message) || !Objects.equals(this.messageKey, messageKey)
                || !Objects.equals(this.messageArguments, messageArguments) || !this.severity.equals(severity) || !this.evidence.equals(evidence);
        if (changed) {
            describe(severity, message, messageKey, messageArguments, evidence, at);
        }
        if (status == AlertStatus.RESOLVED && !currentlyFound) {
            move(AlertStatus.OPEN, SYSTEM, at, "found again: " + message);
        }
        currentlyFound = true;
    }

    /** The rule no longer finds it: it resolves by itself. */
    public void notFound(Instant at) {
        if (status != AlertStatus.RESOLVED) {
            move(AlertStatus.RESOLVED, SYSTEM, at, "no longer found by a re-evaluation");
        }
        currentlyFound = false;
    }

    /** Whether the last evaluation found it. */
    public boolean isCurrentlyFound() {
        return currentlyFound;
    }

    /** Someone has looked at it: who, when and a comment ("mill liner change, 6 days lost"). */
    public void acknowledge(String user, String comment, Instant at) {
        requireText(comment, "An acknowledgement needs a comment");
        if (status != AlertStatus.OPEN) {
            throw new IllegalStateException("Alert " + id + " is " + status + ": only an OPEN alert can be acknowledged");
        }
        move(AlertStatus.ACKNOWLEDGED, user, at, comment);
    }

    /** Someone resolves it by hand, with a reason; a later evaluation that finds it again reopens it. */
    public void resolve(String user, String reason, Instant at) {
        requireText(reason, "Resolving an alert needs a reason");
        if (status == AlertStatus.RESOLVED) {
            throw new IllegalStateException("Alert " + id + " is already RESOLVED");
        }
        move(AlertStatus.RESOLVED, user, at, reason);
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        if (text.length() > 2000) {
            throw new IllegalArgumentException("A comment is at most 2,000 characters");
        }
    }

    private void describe(String severity, String message, String messageKey, String messageArguments, String evidence, Instant at) {
        if ((messageKey == null) != (messageArguments == null)) {
            throw new IllegalArgumentException("A message's key and arguments go together");
        }
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = message.length() > 2000 ? message.substring(0, 1997) + "..." : message;
        this.messageKey = messageKey;
        this.messageArguments = messageArguments;
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.updatedAt = at;
    }

    private void move(AlertStatus to, String actor, Instant at, String note) {
        history.add(new AlertTransition(this, status, to, actor, at, note));
        status = to;
        updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public String rule() {
        return rule;
    }

    public String severity() {
        return severity;
    }

    public AlertStatus status() {
        return status;
    }

    public Company company() {
        return company;
    }

    public Optional<Mine> mine() {
        return Optional.ofNullable(mine);
    }

    public String period() {
        return period;
    }

    public Optional<String> metal() {
        return Optional.ofNullable(metal);
    }

    public String message() {
        return message;
    }

    /** The message's key in the findings bundle, if it was kept. */
    public Optional<String> messageKey() {
        return Optional.ofNullable(messageKey);
    }

    /** The message's arguments as a JSON array, with its key. */
    public Optional<String> messageArguments() {
        return Optional.ofNullable(messageArguments);
    }

    public String evidence() {
        return evidence;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<AlertTransition> history() {
        return Collections.unmodifiableList(history);
    }

    /** The last acknowledgement, if the alert is acknowledged. */
    public Optional<AlertTransition> acknowledgement() {
        return status == AlertStatus.ACKNOWLEDGED ? Optional.of(history.get(history.size() - 1)) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Alert a && subjectKey.equals(a.subjectKey);
    }

    @Override
    public int hashCode() {
        return subjectKey.hashCode();
    }

    @Override
    public String toString() {
        return subjectKey + " " + status;
    }
}
