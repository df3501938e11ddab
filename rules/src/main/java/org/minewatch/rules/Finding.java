package org.minewatch.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.minewatch.domain.model.Sentence;

/**
 * What a rule found: the rule's stable id, a severity, the subject (a mine, or the company when the mine is
 * null; a period; a metal or none), a sentence that says what was found with its figures, threshold and
 * arithmetic (a {@link Sentence}, to be read in any language; {@link #getMessage()} is its English), and the
 * same evidence as named values. Rules insert findings logically, so a finding
 * disappears by itself when its cause does; two findings are equal when rule and subject are (their key),
 * which is what makes one alert per rule, subject and period.
 */
public final class Finding {

    private final String rule;
    private final Severity severity;
    private final Long mineId;
    private final String mine;
    private final Long companyId;
    private final String company;
    private final String period;
    private final String metal;
    private final Sentence sentence;
    // rendered when first asked for: most findings of an evaluation are compared, few are read
    private volatile String message;
    private final Map<String, Object> evidence;
    private final String key;

    public Finding(String rule, Severity severity, Long mineId, String mine, Long companyId, String company, String period, String metal,
                   Sentence sentence, Map<String, Object> evidence) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.mineId = mineId;
        this.mine = mine;
        this.companyId = companyId;
        this.company = company;
        this.period = Objects.requireNonNull(period, "period");
        this.metal = metal;
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        this.evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        // computed once: the rule engine hashes and compares findings by it for every logical insert
        this.key = rule + "|" + (mineId != null ? "mine:" + mineId : "company:" + companyId) + "|" + period + "|" + (metal == null ? "-" : metal);
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    /** Null for a company-level finding. */
    public Long getMineId() {
        return mineId;
    }

    public String getMine() {
        return mine;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getCompany() {
        return company;
    }

    public String getPeriod() {
        return period;
    }

    /** Null for findings about tonnes, throughput or a whole report. */
    public String getMetal() {
        return metal;
    }

    /** The sentence in English, as logs and the API show it. */
    public String getMessage() {
        String english = message;
        if (english == null) {
            english = sentence.toString();
            message = english;
        }
        return english;
    }

    /** What was found, as a key of the findings bundle and its arguments. */
    public Sentence getSentence() {
        return sentence;
    }

    public Map<String, Object> getEvidence() {
        return evidence;
    }

    /** The subject as one key: rule, mine (or company), period, metal. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Finding f && key().equals(f.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return rule + " " + severity + " " + (mine != null ? mine : company) + " " + period + (metal == null ? "" : " " + metal) + ": " + getMessage();
    }
}
